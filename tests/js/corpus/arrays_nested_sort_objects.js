// arrays nested sort objects
var items = [{k: 'b', v: 2}, {k: 'a', v: 2}, {k: 'c', v: 1}];
items.sort(function (x, y) { return x.v - y.v || (x.k < y.k ? -1 : 1); });
Ti.API.info(items.map(function (i) { return i.k + i.v; }).join(' '));
