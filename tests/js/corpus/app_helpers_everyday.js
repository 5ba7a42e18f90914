// everyday app helpers: byte sizes, dates, debounce (clearTimeout of undefined), query strings, templates, dedupe, deep copy, regex checks, key order
function formatBytes(b) { var u = ['B', 'KB', 'MB', 'GB'], i = 0; while (b >= 1024 && i < u.length - 1) { b /= 1024; i++; } return b.toFixed(i ? 1 : 0) + ' ' + u[i]; }
Ti.API.info([0, 1023, 1024, 1536000, 5e9].map(formatBytes).join(', '));
function pad(n) { return n < 10 ? '0' + n : '' + n; }
var d = new Date(Date.UTC(2024, 1, 29, 3, 4, 5));
Ti.API.info(d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate()) + 'T' + pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes()));
Ti.API.info(JSON.stringify(d) + ' ' + d.toISOString() + ' ' + Date.parse('2024-02-29T03:04:05.000Z'));
function debounce(fn) { var t; return function () { var args = arguments, self = this; clearTimeout(t); t = setTimeout(function () { fn.apply(self, args); }, 5); }; }
var calls = 0, db = debounce(function (x) { calls++; Ti.API.info('debounced ' + x + ' ' + calls); });
db(1); db(2); db(3);
var qs = 'a=1&b=two%20words&c=&d';
var params = {};
qs.split('&').forEach(function (pair) { var kv = pair.split('='); params[decodeURIComponent(kv[0])] = kv.length > 1 ? decodeURIComponent(kv[1]) : true; });
Ti.API.info(JSON.stringify(params));
var tpl = 'Hello {name}, you have {n} new {what}';
Ti.API.info(tpl.replace(/\{(\w+)\}/g, function (m, k) { return {name: 'Ann', n: 3, what: 'messages'}[k]; }));
var uniq = [3, 1, 3, 2, 1].filter(function (v, i, a) { return a.indexOf(v) === i; });
Ti.API.info(uniq + ' ' + Math.min.apply(null, uniq) + ' ' + uniq.sort(function (a, b) { return b - a; })[0]);
var deep = JSON.parse(JSON.stringify({a: [1, {b: 2}]}));
deep.a[1].b = 3;
Ti.API.info(JSON.stringify(deep));
var str = 'The quick brown fox';
Ti.API.info(str.split(' ').map(function (w) { return w.charAt(0).toUpperCase() + w.slice(1).toLowerCase(); }).join(' ') + ' ' + str.length + ' ' + str.match(/o/g).length);
Ti.API.info(/^\d{3}-\d{4}$/.test('555-1234') + ' ' + /^[\w.+-]+@\w+\.\w+$/.test('a.b+c@site.org') + ' ' + 'a,b;c d'.split(/[,; ]/).length);
var results = [];
for (var key in {z: 1, a: 2, 10: 3, 2: 4}) results.push(key);
Ti.API.info(results.join());
Ti.API.info(String(null) + String(undefined) + String(123) + String(true) + String([1, [2, 3]]) + String({}));
Ti.API.info(Number('12abc') + ' ' + parseInt('  42  ') + ' ' + (0.1 * 3) + ' ' + (100 / 3).toFixed(4) + ' ' + Math.round(1.005 * 100) / 100);
