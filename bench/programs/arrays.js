// Arrays: fill from a Park-Miller generator, then sort with a comparator, filter and map.
var data = [];
var seed = 42;
for (var i = 0; i < 40000; i++) {
    seed = (seed * 16807) % 2147483647;
    data.push(seed % 100000);
}
var sorted = data.slice().sort(function (a, b) { return a - b; });
var evens = data.filter(function (x) { return x % 2 === 0; }).map(function (x) { return x * 3; });
var total = 0;
for (var j = 0; j < evens.length; j++) {
    total = (total + evens[j]) % 1000003;
}
Ti.API.info('arrays ' + sorted[0] + ' ' + sorted[sorted.length - 1] + ' ' + evens.length + ' ' + total);
