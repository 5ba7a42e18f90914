// for loops: the update runs before every continue; for...in visits keys in JS order.
var items = ['a', 'b', 'c', 'd'];
var picked = [];
for (var i = 0; i < items.length; i++) {
    if (items[i] === 'b') {
        continue;
    }
    for (var j = 0; j < 2; j = j + 1) {
        picked.push(items[i] + j);
    }
}
Ti.API.info(picked.join(',') + ' i=' + i);
var counts = { z: 1, 10: 2, a: 3, 2: 4 };
var keys = [];
for (var key in counts) {
    keys.push(key + '=' + counts[key]);
}
Ti.API.info(keys.join(' '));
