// string replacement patterns ($$, $&, $`, $'), replaceAll, split with captures and limits, regex exec loops, codePointAt, fromCodePoint, normalize, toPrecision/toFixed across magnitudes, comparators returning booleans
Ti.API.info([3, 1, 2].sort(function (a, b) { return a > b; }).join() + ' ' + ['b', 'a'].sort(function (a, b) { return a < b ? -1 : 1; }).join());
Ti.API.info('a-b-c'.replace(/-/g, '$&$&') + ' ' + 'john smith'.replace(/(\w+)\s(\w+)/, '$2, $1') + ' ' + 'x'.replace('x', '$$') + ' ' + 'abc'.replace(/b/, "[$`|$']"));
Ti.API.info('a1b2c3'.split(/(\d)/).join(',') + ' ' + 'a,b,c'.split(',', 2) + ' ' + ''.split(',').length + ' ' + 'abc'.split('').length);
Ti.API.info(JSON.stringify({a: [], b: {}, c: [1, [2, []]], d: {e: {}}}, null, 2));
Ti.API.info(JSON.stringify([new Date(Date.UTC(2020, 0, 1))]) + ' ' + JSON.stringify('\u2028\u0007'));
var re = /(\d+)/g, s = 'a1b22c333', m, found = [];
while ((m = re.exec(s))) found.push(m[1] + '@' + m.index + '/' + re.lastIndex);
Ti.API.info(found.join(' '));
Ti.API.info('CamelCaseString'.replace(/([A-Z])/g, ' $1').trim() + ' ' + 'snake_case_here'.replace(/_(\w)/g, function (_, c) { return c.toUpperCase(); }));
Ti.API.info('  multiple   spaces  '.split(/\s+/).filter(Boolean).join('|') + ' ' + 'Tab\there'.indexOf('\t'));
Ti.API.info(/^[a-z]+$/i.test('AbC') + ' ' + /colou?r/.exec('my color').index + ' ' + 'aaa'.lastIndexOf('a') + ' ' + 'x'.codePointAt(0));
Ti.API.info(encodeURIComponent(JSON.stringify({q: 'a&b'})) + ' ' + 'ß'.toUpperCase() + ' ' + 'İ'.toLowerCase().length);
Ti.API.info(['10', '9', '1'].map(Number).sort(function (a, b) { return a - b; }) + ' ' + ['10', '9', '1'].map(parseInt));
Ti.API.info(parseFloat('1e3') + ' ' + (1e-7).toFixed(10) + ' ' + (123.456).toPrecision(4) + ' ' + (0.000001234).toPrecision(2) + ' ' + (1234.5).toFixed());
Ti.API.info('a.b.c'.replaceAll('.', '/') + ' ' + 'aaa'.replaceAll('a', '$&$&') + ' ' + 'x-y'.replaceAll(/-/g, '+') + ' ' + 'ab'.replaceAll('', '_') + ' ' + String.fromCodePoint(72, 105) + ' ' + 'e\u0301'.normalize().length);
try { 'a'.replaceAll(/a/, 'b'); } catch (e) { Ti.API.info(e.name); }
var v = [0, 1, -1, 123.456, 0.000001234, 1e-7, 1e21, 123456, 99.99, 0.5, 1.005, -0.0001, 2.5e-7, 1234.5678, 5e-324];
for (var i = 0; i < v.length; i++) { var x = v[i]; Ti.API.info([1, 2, 3, 6, 10].map(function (p) { return x.toPrecision(p); }).join(' ') + ' ' + x.toFixed(3) + ' ' + x.toFixed(0)); }
