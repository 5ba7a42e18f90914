// coercion truthy
var vals = [0, -0, '', ' ', '0', null, undefined, NaN, [], {}, 'false', false, 1];
var out = [];
for (var i = 0; i < vals.length; i++) { out.push(vals[i] ? 'T' : 'F'); }
Ti.API.info(out.join(''));
