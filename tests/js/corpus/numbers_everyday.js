// everyday numbers: float text, rounding, conversions, bit operations, percentages and sizes
Ti.API.info(0.1 + 0.2 + ' ' + 1 / 0 + ' ' + -1 / 0 + ' ' + 0 / 0 + ' ' + 5 % 3 + ' ' + -5 % 3 + ' ' + 5.5 % 2);
Ti.API.info(Math.round(2.5) + ' ' + Math.round(-2.5) + ' ' + Math.floor(-1.5) + ' ' + Math.max() + ' ' + Math.min(1, '2'));
Ti.API.info((1234.5678).toFixed(2) + ' ' + (0.000001234).toString() + ' ' + 1e21 + ' ' + 123456789012345680000);
Ti.API.info(Number('') + ' ' + Number(' 12 ') + ' ' + Number('0x10') + ' ' + Number('1e3') + ' ' + Number(null) + ' ' + Number(undefined));
Ti.API.info((7 / 2 | 0) + ' ' + (~~-3.7) + ' ' + (1 << 31) + ' ' + (-1 >>> 0) + ' ' + (5 & 3) + (5 | 3) + (5 ^ 3));
Ti.API.info(isNaN('abc') + ' ' + isFinite('12') + ' ' + Number.isInteger(5.0) + ' ' + (2 ** 10));
var bytes = 1536000;
Ti.API.info((bytes / 1024 / 1024).toFixed(1) + ' MB ' + Math.round(bytes / 1024) + ' KB');
var pct = Math.floor(37 / 120 * 100);
Ti.API.info(pct + '%' + ' ' + (pct > 30 ? 'big' : 'small'));
Ti.API.info(parseInt('12px', 10) + parseInt('ff', 16) + ' ' + (+'3' + +'4') + ' ' + ('3' * '4') + ' ' + ('3' + 4 + 5) + ' ' + (3 + 4 + '5'));
