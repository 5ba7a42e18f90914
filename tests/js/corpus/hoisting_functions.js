// hoisting functions
Ti.API.info(square(4) + ' ' + typeof later + ' ' + typeof notDefinedAnywhere);
function square(x) { return x * x; }
var later = function () {};
