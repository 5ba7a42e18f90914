// functions named expression
var fact = function inner(n) { return n <= 1 ? 1 : n * inner(n - 1); };
Ti.API.info(fact(6));
