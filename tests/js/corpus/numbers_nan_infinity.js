// numbers nan infinity
var n = NaN;
Ti.API.info([n === n, isNaN(n), n + 1, Infinity - Infinity, Infinity * 0, 1 / Infinity, -Infinity < 0, typeof Infinity].join(' '));
