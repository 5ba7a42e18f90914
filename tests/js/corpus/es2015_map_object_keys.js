// es2015 map object keys
var m = new Map();
var k1 = {}, k2 = {};
m.set(k1, 'one').set(k2, 'two').set(k1, 'uno');
Ti.API.info(m.size + ' ' + m.get(k1) + ' ' + m.get(k2) + ' ' + m.get({}));
