// numbers division
var a = 10, b = 4;
Ti.API.info((a / b) + ' ' + (a / 5) + ' ' + (8 / 2 === 4) + ' ' + (1 / 3 * 3));
