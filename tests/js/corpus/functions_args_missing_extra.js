// functions args missing extra
function f(a, b, c) { return a + ' ' + b + ' ' + c; }
Ti.API.info(f(1) + ' | ' + f(1, 2, 3, 4));
