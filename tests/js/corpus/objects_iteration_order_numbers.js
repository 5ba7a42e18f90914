// objects iteration order numbers
var o = {};
o.z = 1; o[10] = 2; o[2] = 3; o.a = 4; o['1.5'] = 5;
var keys = [];
for (var k in o) keys.push(k);
Ti.API.info(keys.join(','));
