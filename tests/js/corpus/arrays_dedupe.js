// arrays dedupe
var xs = [3, 1, 3, 2, 1, 'a', 'a'];
var seen = {};
var out = xs.filter(function (x) { var k = typeof x + x; if (seen[k]) { return false; } seen[k] = true; return true; });
Ti.API.info(out.join(','));
