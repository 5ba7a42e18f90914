// Dates in arithmetic and comparisons (elapsed times), and objects with valueOf / toString
var start = new Date(1000);
var end = new Date(4500);
Ti.API.info((end - start) + ' ' + (end > start) + ' ' + (start >= end) + ' ' + (+end) + ' ' + (end * 1) + ' ' + Number(end) + ' ' + (start == 1000) + ' ' + (typeof (start + 1)));
Ti.API.info(Math.round((end - start) / 1000) + 's ' + (end.getTime() - start) + ' ' + Math.max(start, end));
function Money(c) { this.cents = c; }
Money.prototype.valueOf = function () { return this.cents; };
Money.prototype.toString = function () { return '$' + (this.cents / 100).toFixed(2); };
var a = new Money(150), b = new Money(275);
Ti.API.info((a + b) + ' ' + (b - a) + ' ' + (a < b) + ' ' + String(a) + ' ' + (a == 150) + ' ' + `${b}` + ' ' + [a, b].join());
var plain = {valueOf: function () { return 42; }};
Ti.API.info(plain * 2 + ' ' + (plain - 2) + ' ' + (plain > 41) + ' ' + ({} + 1) + ' ' + ({} == '[object Object]'));
var elapsed = Date.now() - Date.now();
Ti.API.info(elapsed <= 0);
