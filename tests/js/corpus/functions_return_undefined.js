// functions return undefined
function nothing() {}
function early(x) { if (x) { return; } return 'late'; }
Ti.API.info(nothing() + ' ' + early(true) + ' ' + early(false));
