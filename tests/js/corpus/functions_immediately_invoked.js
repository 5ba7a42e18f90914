// functions immediately invoked
var result = (function (x) { return x * 2; })(21);
var counter = (function () { var n = 0; return function () { return ++n; }; })();
counter();
Ti.API.info(result + ' ' + counter());
