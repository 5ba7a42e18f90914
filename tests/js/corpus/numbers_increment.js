// numbers increment
var i = 0; i++; ++i; i += 5; i -= 1; i *= 3; i /= 2;
var s = '5'; s++;
Ti.API.info(i + ' ' + s + ' ' + typeof s);
