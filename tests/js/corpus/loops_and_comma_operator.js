// loop shapes: comma-separated for heads and updates, while (i--), reversed string loops, do-while, for-in with continue; the comma operator as a value
var i = 0, j = 10;
for (i = 0, j = 10; i < j; i++, j--) {}
Ti.API.info(i + ' ' + j);
var x = (1, 2, 3);
Ti.API.info(x);
var s = 0;
for (var k = 0, n = 5; k < n; k += 2) s += k;
Ti.API.info(s);
var a = [1, 2, 3], total = 0, idx = a.length;
while (idx--) total += a[idx];
Ti.API.info(total + ' ' + idx);
var str = 'abc', out = '';
for (var c = str.length - 1; c >= 0; c--) out += str[c];
Ti.API.info(out);
do { x--; } while (x > 0);
Ti.API.info(x);
var obj = {a: 1, b: 2}, keys = [];
for (var key in obj) { if (!obj.hasOwnProperty(key)) continue; keys.push(key); }
Ti.API.info(keys);
Ti.API.info(void 0 === undefined);
var calls = [];
function mark(v) { calls.push(v); return v; }
var last = (mark(1), mark(2), mark('three'));
Ti.API.info(last + ' ' + calls.join() + ' ' + [(0, 'first-in-array')] + ' ' + (mark(4), calls.length));
