// hoisting vars
Ti.API.info(typeof v + ' ' + v);
var v = 5;
Ti.API.info(typeof v + ' ' + v);
if (false) { var never = 1; }
Ti.API.info(never);
