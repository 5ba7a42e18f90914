// Object.create and inherited 'in', freeze, stable sort of records, array mutators, apply/concat, getters in literals, Object.is
var base = {greet: function () { return 'hi ' + this.name; }};
var o = Object.create(base);
o.name = 'x';
Ti.API.info(o.greet() + ' ' + Object.keys(o) + ' ' + (Object.getPrototypeOf(o) === base) + ' ' + ('greet' in o) + ' ' + o.hasOwnProperty('greet'));
var frozen = Object.freeze({a: 1});
frozen.a = 2; frozen.b = 3;
Ti.API.info(JSON.stringify(frozen) + ' ' + Object.isFrozen(frozen));
var people = [{n: 'b', a: 30}, {n: 'a', a: 25}, {n: 'c', a: 30}];
people.sort(function (x, y) { return y.a - x.a; });
Ti.API.info(people.map(function (p) { return p.n; }).join());
Ti.API.info((1234567.891).toLocaleString ? typeof (1234.5).toLocaleString() : 'none');
var arr = [1, 2, 3, 4, 5];
Ti.API.info(arr.slice(1, -1) + ' ' + arr.splice(-2) + ' ' + arr + ' ' + arr.shift() + ' ' + arr.unshift(0) + ' ' + arr + ' ' + arr.pop());
var nested = [[1, 2], [3], []];
Ti.API.info([].concat.apply([], nested) + ' ' + nested.map(function (a) { return a.length; }));
Ti.API.info(Array(3).join('-') + ' ' + new Array(2, 3) + ' ' + Array.apply(null, Array(2)).map(function (_, i) { return i; }));
var s = 'abc';
Ti.API.info(s[1] + s['length'] + s.split('').reverse().join(''));
var counter = (function () { var c = 0; return { inc: function () { return ++c; }, get value() { return c; } }; })();
counter.inc(); counter.inc();
Ti.API.info(counter.value);
var x = 10;
function shadow() { var x = 1; { let x = 2; } return x; }
Ti.API.info(shadow() + x);
Ti.API.info([3, 20, 100].sort() + ' ' + ['b', undefined, 'a'].sort() + ' ' + [1, 'a', true].indexOf(true));
Ti.API.info((NaN === NaN) + ' ' + Object.is(NaN, NaN) + ' ' + [NaN].indexOf(NaN) + ' ' + [NaN].includes(NaN));
