// control switch no default
function f(x) { var r = 'none'; switch (x) { case 1: r = 'one'; break; case 2: r = 'two'; break; } return r; }
Ti.API.info(f(1) + f(2) + f(3));
