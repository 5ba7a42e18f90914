// app debounce like
var calls = [];
function once(fn) { var done = false, result; return function () { if (!done) { done = true; result = fn.apply(this, arguments.length ? [arguments[0]] : []); } return result; }; }
Ti.API.info(typeof once);
