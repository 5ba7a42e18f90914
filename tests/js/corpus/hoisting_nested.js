// hoisting nested
function outer() { Ti.API.info(inner()); function inner() { return 'inner ' + x; } var x = 'set'; return inner(); }
Ti.API.info(outer());
