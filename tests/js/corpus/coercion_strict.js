// coercion strict
var vals = [0, '', '0', null, undefined, false, NaN, 1, true];
var out = [];
for (var i = 0; i < vals.length; i++) { out.push(vals[i] === vals[i] ? 's' : 'd'); }
Ti.API.info(out.join('') + ' ' + (1 === 1.0) + ' ' + ('a' === 'a') + ' ' + (null === null));
