// numbers integer ops
var big = 9007199254740991;
Ti.API.info([big, big + 1, big + 2, Math.pow(2, 53) + 1, 12345678 * 87654321, 7 / 2, Math.floor(7 / 2)].join(' '));
