// data shaping as apps do it: sort copies, reduce into groups with (acc[k] = acc[k] || []).push(...), indexes, transposes, counters; assignments whose value is used
var data = {users: [{name: 'Ann', age: 31, tags: ['a']}, {name: 'Bob', age: 25, tags: []}, {name: 'Cy', age: 40, tags: ['a', 'b']}]};
var byAge = data.users.slice().sort(function (a, b) { return a.age - b.age; });
Ti.API.info(byAge.map(function (u) { return u.name; }).join());
var tagged = data.users.filter(function (u) { return u.tags.indexOf('a') !== -1; }).length;
var avg = data.users.reduce(function (s, u) { return s + u.age; }, 0) / data.users.length;
Ti.API.info(tagged + ' ' + avg.toFixed(2) + ' ' + Math.round(avg));
var grouped = data.users.reduce(function (acc, u) { var k = u.age >= 30 ? 'older' : 'younger'; (acc[k] = acc[k] || []).push(u.name); return acc; }, {});
Ti.API.info(JSON.stringify(grouped));
var index = {};
data.users.forEach(function (u, i) { index[u.name.toLowerCase()] = i; });
Ti.API.info(JSON.stringify(index) + ' ' + ('ann' in index) + ' ' + index['bob']);
var names = Object.keys(index).map(function (k) { return k.charAt(0).toUpperCase() + k.substr(1); });
Ti.API.info(names.join(' & '));
var matrix = [[1, 2], [3, 4]];
var transposed = matrix[0].map(function (_, c) { return matrix.map(function (r) { return r[c]; }); });
Ti.API.info(JSON.stringify(transposed));
var counter = {};
'mississippi'.split('').forEach(function (ch) { counter[ch] = (counter[ch] || 0) + 1; });
Ti.API.info(Object.keys(counter).map(function (k) { return k + counter[k]; }).join(''));
var flat = [].concat.apply([], matrix);
Ti.API.info(flat.join('') + ' ' + flat.some(function (n) { return n > 3; }) + ' ' + flat.every(Number.isInteger));
var o = {n: 1}, arr = [0];
var a = (o.n += 5), b = (o['m'] = 7), c = (arr[0] = 'x');
var i = 0; var d = (i += 3);
function f() { return (o.n *= 2); }
Ti.API.info(a + ' ' + b + ' ' + c + ' ' + d + ' ' + f() + ' ' + JSON.stringify(o) + ' ' + arr);
var x, y; x = y = 4; Ti.API.info(x + y);
