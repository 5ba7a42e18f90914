// __defineGetter__ / __defineSetter__, the legacy accessor spelling (colors.js adds string colours so).
var o = {};
o.__defineGetter__('x', function () { return 42; });
o.__defineSetter__('y', function (v) { this.seen = v * 2; });
o.y = 5;
Ti.API.info(o.x + ' ' + o.seen + ' ' + ('__defineGetter__' in o));
String.prototype.__defineGetter__('bracketed', function () { return '<' + this + '>'; });
Ti.API.info('abc'.bracketed);
