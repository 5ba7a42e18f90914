// functions arguments count
function first(a) { return a; }
function second(a, b) { return b; }
Ti.API.info(first() + ' ' + first(1, 2) + ' ' + second(1) + ' ' + [1, 2].map(second).join(','));
