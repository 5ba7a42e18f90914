// objects keys assign
var o = {a: 1, b: 2};
var seen = [];
for (var k in o) { seen.push(k + '=' + o[k]); }
Ti.API.info(seen.join('&') + ' ' + JSON.stringify(o) + ' ' + o.hasOwnProperty('a') + ' ' + o.hasOwnProperty('toString'));
