// Object.prototype.toString.call(x): the built-in tag libraries test a value's kind by.
var t = Object.prototype.toString;
Ti.API.info([t.call(/a/), t.call(new Date(0)), t.call(function () {}), t.call([]), t.call({})].join(' '));
Ti.API.info([t.call(1), t.call('s'), t.call(true), t.call(null), t.call(undefined)].join(' '));
Ti.API.info([t.call(new Error('x')), t.call(new TypeError('y')), t.call(JSON), t.call(Math)].join(' '));
function isObject(input) { return input != null && t.call(input) === '[object Object]'; }
Ti.API.info([isObject({}), isObject(/x/), isObject(new Date(0)), isObject([])].join(" "));
