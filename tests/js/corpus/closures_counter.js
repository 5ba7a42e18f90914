// closures counter
function counter() { var n = 0; return function () { n = n + 1; return n; }; }
var c1 = counter(), c2 = counter();
c1(); c1();
Ti.API.info(c1() + ' ' + c2());
