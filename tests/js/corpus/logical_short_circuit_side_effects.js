// logical short circuit side effects
var log = [];
function t(x) { log.push('t' + x); return true; }
function f(x) { log.push('f' + x); return false; }
var r = f(1) && t(2) || t(3) && f(4) || t(5);
Ti.API.info(r + ' ' + log.join(','));
