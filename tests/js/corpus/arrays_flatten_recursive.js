// arrays flatten recursive
function flatten(a) { var out = []; a.forEach(function (x) { if (Array.isArray(x)) { out = out.concat(flatten(x)); } else { out.push(x); } }); return out; }
Ti.API.info(flatten([1, [2, [3, [4]], 5]]).join(','));
