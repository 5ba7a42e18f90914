// everyday objects: key order, Object.assign, for-in with hasOwnProperty, data keys named like dict methods
var o = {b: 1, a: 2, 1: 'one', 0: 'zero'};
Ti.API.info(Object.keys(o).join(','));
o.c = o.a + o.b;
var copy = Object.assign({}, o, {d: 4});
Ti.API.info(JSON.stringify(copy));
var names = [];
for (var k in copy) { if (copy.hasOwnProperty(k)) names.push(k + '=' + copy[k]); }
Ti.API.info(names.join('&'));
Ti.API.info(String(o.items) + ' ' + typeof o.keys + ' ' + ('items' in o));
var data = {items: [1, 2], keys: 'k', values: null, get: 5};
Ti.API.info(data.items.length + ' ' + data.keys + ' ' + data.values + ' ' + data.get);
Ti.API.info(JSON.stringify(data));
var nested = {a: {b: {c: [1, {d: 'x'}]}}};
Ti.API.info(nested.a.b.c[1].d + JSON.stringify(nested).length);
Ti.API.info(Object.keys({}).length + ' ' + JSON.stringify(Object.entries ? Object.entries({x: 1}) : 0));
