// Array methods: default sort is by string value; comparators, splice, reduce, some, every.
var nums = [10, 9, 1, 100, 25];
Ti.API.info(nums.slice().sort().join(','));
Ti.API.info(nums.slice().sort(function (a, b) { return b - a; }).join(','));
var removed = nums.splice(1, 2, 'x', 'y', 'z');
Ti.API.info(removed.join(',') + ' | ' + nums.join(','));
var total = [1, 2, 3, 4].reduce(function (acc, x) { return acc + x; }, 0);
Ti.API.info('total ' + total + ' some ' + [1, 2].some(function (x) { return x > 1; }) + ' every ' + [1, 2].every(function (x) { return x > 1; }));
Ti.API.info([3, 1, 2].reverse().join('-') + ' ' + 'a-b-c'.split('-').length);
// A comparator that returns strings: JS reads them as numbers.
Ti.API.info([30, 4, 100, 7].sort(function (a, b) { return String(a - b); }).join(','));
Ti.API.info(['b', undefined, 'a'].sort().length + ' ' + ['b', undefined, 'a'].sort()[2]);
