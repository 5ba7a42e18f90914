// objects key order
var o = {b: 1, 2: 'two', a: 2, 1: 'one', '-1': 'neg', '01': 'lead'};
var ks = [];
for (var k in o) { ks.push(k); }
Ti.API.info(ks.join(',') + ' ' + JSON.stringify(o));
