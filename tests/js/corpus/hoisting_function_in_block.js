// hoisting function in block
function f() { return g(); function g() { return 'g' + typeof h; } var h = 1; }
Ti.API.info(f());
