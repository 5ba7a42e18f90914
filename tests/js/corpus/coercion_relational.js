// coercion relational
Ti.API.info([1 < 2, '10' < '9', 10 < 9, '10' < 9, 'a' < 'b', null < 1, undefined < 1, 'B' < 'a', 2 >= '2', NaN <= NaN].join(' '));
