// arrow functions
var double = (x) => x * 2;
var add = (a, b) => { return a + b; };
Ti.API.info([1, 2, 3].map(double).join(',') + ' ' + add(2, 3) + ' ' + [3, 1, 2].sort((a, b) => a - b).join(''));
