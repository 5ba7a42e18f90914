// Sparse arrays (holes) and callbacks that change the array they iterate, as apps meet them.
function show() { Ti.API.info(Array.prototype.slice.call(arguments).map(String).join(" ")); }
var slots = new Array(4);
slots[2] = 'c';
show(slots.length, 0 in slots, 2 in slots, slots.indexOf(undefined));
var visited = [];
slots.forEach(function (value, index) { visited.push(index + ':' + value); });
show(visited.join(' '));
show(slots.map(function (v) { return v + '!'; }).join('|'), Object.keys(slots).join());

var literal = [1, , 3];
show(literal.length, 1 in literal, literal.filter(function () { return true; }).length);
show([, 'b'].reduce(function (acc, v) { return acc + v; }), literal.some(function (v) { return v === undefined; }));

var grown = ['a'];
grown[3] = 'd';
show(grown.length, 1 in grown, grown.join('-'));
grown.length = 6;
show(5 in grown, grown.lastIndexOf(undefined));

var queue = [1, 2, 3, 4, 5];
var seen = [];
queue.forEach(function (item, index) {
    seen.push(item);
    if (index === 0) { queue.pop(); queue.pop(); }
});
show(seen.join(), queue.length);

var doubled = [1, 2, 3].map(function (x, i, arr) { if (i === 0) { arr[2] = 30; } return x * 2; });
show(doubled.join());

var filled = new Array(3);
for (var i = 0; i < filled.length; i++) { filled[i] = i * i; }
show(filled.join(), filled.every(function (v) { return v >= 0; }), 1 in filled);

show(Array.prototype.map.call('abc', function (ch, i, s) { return typeof s + i; }).join());
show(Array.of(7).length, Array.from({length: 3}, function (v, i) { return i; }).join());
show([1, [2]].concat([3, , 5], 6).length, [3, 1, 2].copyWithin(0, 1).join());
