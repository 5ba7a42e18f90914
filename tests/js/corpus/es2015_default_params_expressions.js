// es2015 default params expressions
function f(a, b = a * 2, c = [a, b]) { return JSON.stringify([a, b, c]); }
Ti.API.info(f(1) + ' ' + f(1, 5) + ' ' + f(1, undefined, 'x'));
