// let closures in loops, try/continue/finally, switch(true), instanceof with built-ins, e.stack, sort with undefined/null, truthiness corners, getters counted, for-of over strings
for (let i = 0; i < 3; i++) { setTimeout(function () { Ti.API.info('let ' + i); }, 0); }
var total = 0;
for (var i = 0; i < 5; i++) {
  try { if (i === 2) throw new Error('skip'); total += i; }
  catch (e) { continue; }
  finally { total += 100; }
}
Ti.API.info(total);
function grade(s) { switch (true) { case s >= 90: return 'A'; case s >= 80: return 'B'; default: return 'C'; } }
Ti.API.info([95, 85, 10].map(grade).join(''));
Ti.API.info(([] instanceof Array) + ' ' + ({} instanceof Object) + ' ' + (new Date() instanceof Date));
try { undefined.foo; } catch (e) { Ti.API.info(typeof e.stack + ' ' + (e.message.length > 0)); }
var o = {a: 1};
Object.keys(o).forEach(function (k) { delete o[k]; });
Ti.API.info(JSON.stringify(o) + ' ' + Object.keys(o).length);
var arr = [5, 3, undefined, 1, null];
Ti.API.info(arr.sort().join('|') + ' ' + [10, 9, 1].sort().join());
var m = 'key=value=more'.split('=');
Ti.API.info(m.shift() + ' ' + m.join('='));
var ternary = 0 ? 'a' : '' ? 'b' : null ? 'c' : 'd';
Ti.API.info(ternary + ' ' + (!!'0') + ' ' + (!!'') + ' ' + (!![]) + ' ' + (null == 0) + ' ' + (null >= 0) + ' ' + ('' == 0) + ' ' + ('0' == false));
var chained = {a: {b: null}};
Ti.API.info((chained.a && chained.a.b && chained.a.b.c) + ' ' + (chained.x || {}).y);
var count = 0;
var obj = {get lazy() { count++; return 42; }};
Ti.API.info(obj.lazy + obj.lazy + ' ' + count);
var s = '';
for (var ch of 'héllo') s = ch + s;
Ti.API.info(s + ' ' + 'é'.normalize ? 'n' : '');
Ti.API.info([1, 2, 3].map(String).join(''));
