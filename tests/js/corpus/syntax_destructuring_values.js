// Destructuring assignments used as values, array patterns over iterables, catch patterns.
var a, b, result;
var vals = [1, 2];
result = [a, b] = vals;
Ti.API.info(a, b, result === vals);
function first(x) { return x.length; }
Ti.API.info(first([a] = [5, 6]), a);
var o = {p: 3, q: 4};
Ti.API.info(({p: b} = o).q, b);
var x = 0;
while (([a] = [x++]) && a < 2) Ti.API.info('loop', a);
function* numbers() { yield 10; yield 20; yield 30; }
var [n1, n2] = numbers();
Ti.API.info(n1, n2);
var [h, ...t] = "héllo";
Ti.API.info(h, t.join('|'));
var m = new Map([[1, 'one'], [2, 'two']]);
for (var [k, v] of m) Ti.API.info(k, v);
var [s1, , s3] = new Set(['x', 'y', 'z']);
Ti.API.info(s1, s3);
try { var [z] = 5; } catch (e) { Ti.API.info('number:', e instanceof TypeError); }
try { ({} = null); } catch (e) { Ti.API.info('null:', e instanceof TypeError); }
try { throw new RangeError('out of range'); } catch ({message, name}) { Ti.API.info(name, message); }
try { throw [7, 8]; } catch ([c, d]) { Ti.API.info(c + d); }
