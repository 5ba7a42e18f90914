// Array.prototype's methods on array-likes, holes read through HasProperty/Get, thisArg, and the
// named properties an array may carry.
var like = {length: 3, 0: 'a', 2: 'c'};
var seen = [];
Array.prototype.forEach.call(like, function (v, i, o) { seen.push(i + '=' + v + (o === like)); });
Ti.API.info(seen.join(' '));
Ti.API.info(Array.prototype.map.call(like, function (v) { return v.toUpperCase(); }).length,
            Array.prototype.filter.call(like, function () { return true; }).join(),
            Array.prototype.join.call(like, '-'), Array.prototype.indexOf.call(like, 'c'),
            Array.prototype.lastIndexOf.call(like, 'a'), Array.prototype.includes.call(like, undefined));
Ti.API.info(Array.prototype.reduce.call(like, function (acc, v) { return acc + v; }),
            Array.prototype.reduceRight.call(like, function (acc, v) { return acc + v; }, '>'));
var ctx = {k: 10};
Ti.API.info([1, 2].map(function (v) { return v * this.k; }, ctx).join(),
            [1, 2, 3].filter(function (v) { return v > this.k / 5; }, ctx).join(),
            [1, 2].some(function (v) { return v === this.k; }, ctx), [1, 2].every(function () { return this === ctx; }, ctx),
            [5, 6].find(function (v) { return v > this.k - 5; }, ctx), [5, 6].findIndex(function (v) { return v === 6; }, ctx));
var proto = {length: 2, 1: 'inherited'};
var child = Object.create(proto);
child[0] = 'own';
Ti.API.info(Array.prototype.slice.call(child).join(), Array.prototype.some.call(child, function (v) { return v === 'inherited'; }));
var getter = {length: 1};
Object.defineProperty(getter, '0', {get: function () { throw new RangeError('from getter'); }});
try { [].find.call(getter, function () {}); } catch (e) { Ti.API.info(e.name, e.message); }
var pushed = {length: 1, 0: 'x'};
Ti.API.info(Array.prototype.push.call(pushed, 'y', 'z'), pushed.length, pushed[2], Array.prototype.pop.call(pushed), pushed.length);
Ti.API.info(Array.prototype.slice.call('abc', 1).join(), Array.prototype.map.call('ab', function (c) { return c + c; }).join());
Ti.API.info(Array.prototype.concat.call([1], [2], 3).join(), Object.prototype.toString.call([]), Object.prototype.toString.call(null),
            Object.prototype.toString.call(function () {}), Object.prototype.toString.call(new Date(0)), Object.prototype.toString.call('s'));
var a = [1, 2, 3];
a.label = 'list'; a['x-y'] = 2;
Ti.API.info(a.label, a['x-y'], a.length, 'label' in a, a.hasOwnProperty('label'), Object.keys(a).join(), JSON.stringify(a));
var keys = []; for (var k in a) keys.push(k);
Ti.API.info(keys.join(), delete a.label, a.label, a.hasOwnProperty('label'));
var m = 'abc'.match(/b/);
Ti.API.info(m.index, m.input, m.length, typeof [].count, typeof [].index, 'copy' in [], typeof [].append);
