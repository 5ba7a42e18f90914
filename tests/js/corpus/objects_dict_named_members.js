// objects whose members share names with Python dict methods, and objects used as maps
function Store() { this.items = {}; this.count = 0; }
Store.prototype.get = function (k) { return this.items[k]; };
Store.prototype.update = function (k, v) { if (!(k in this.items)) this.count++; this.items[k] = v; return this; };
Store.prototype.pop = function (k) { var v = this.items[k]; delete this.items[k]; this.count--; return v; };
Store.prototype.keys = function () { return Object.keys(this.items); };
Store.prototype.values = function () { var out = []; for (var k in this.items) out.push(this.items[k]); return out; };
Store.prototype.clear = function () { this.items = {}; this.count = 0; };
var s = new Store();
s.update('b', 2).update('a', 1).update(10, 'ten').update(2, 'two');
var out = [s.get('a'), s.get(10), s.get('10'), s.count, s.keys().join(','), s.values().join(','), s.pop('b'), s.count];
var plain = {};
out.push(typeof plain.get, typeof plain.update, typeof plain.values, typeof plain.copy, String(plain.setdefault));
plain.get = 'mine';
out.push(plain.get, Object.keys(plain).join(','));
var byNumber = {};
for (var i = 3; i >= 0; i--) { byNumber[i] = i * i; byNumber['k' + i] = i; }
byNumber[1.5] = 'half';
delete byNumber[0];
out.push(Object.keys(byNumber).join(','), byNumber['1.5'], byNumber[2], 2 in byNumber, 0 in byNumber, byNumber.hasOwnProperty(3));
var counts = {};
'the cat and the hat and the bat'.split(' ').forEach(function (w) { counts[w] = (counts[w] || 0) + 1; });
var parts = [];
for (var w in counts) parts.push(w + '=' + counts[w]);
out.push(parts.join(' '), JSON.stringify(counts), JSON.stringify(byNumber));
var a = {x: 1}, b = {x: 1};
out.push(a == b, a === a, [a].indexOf(b), [a].indexOf(a));
s.clear();
out.push(s.count, s.keys().length);
Ti.API.info(out.join(' | '));
