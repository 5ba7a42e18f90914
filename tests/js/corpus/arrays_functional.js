// arrays functional
var xs = [1, 2, 3, 4, 5, 6];
var evens = xs.filter(function (x) { return x % 2 === 0; });
var squares = xs.map(function (x) { return x * x; });
var sum = xs.reduce(function (a, b) { return a + b; }, 0);
Ti.API.info(evens.join(',') + ' ' + squares.join(',') + ' ' + sum + ' ' + xs.some(function (x) { return x > 5; }) + ' ' + xs.every(function (x) { return x > 0; }));
