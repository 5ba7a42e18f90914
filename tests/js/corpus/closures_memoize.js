// closures memoize
function memo(fn) { var cache = {}; return function (n) { if (!(n in cache)) { cache[n] = fn(n); } return cache[n]; }; }
var calls = 0;
var slow = memo(function (n) { calls++; return n * n; });
slow(3); slow(3); slow(4);
Ti.API.info(slow(3) + ' ' + calls);
