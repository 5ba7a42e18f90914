// coercion equality
var vals = [0, '', '0', null, undefined, false, 'false', NaN, 1, '1', true];
var rows = [];
for (var i = 0; i < vals.length; i++) { var r = ''; for (var j = 0; j < vals.length; j++) { r += (vals[i] == vals[j]) ? '1' : '0'; } rows.push(r); }
Ti.API.info(rows.join(' '));
