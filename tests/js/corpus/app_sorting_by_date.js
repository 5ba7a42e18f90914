// app sorting by date
var files = [{n: 'a', t: 300}, {n: 'b', t: 100}, {n: 'c', t: 200}];
var newest = files.slice().sort(function (x, y) { return y.t - x.t; })[0];
Ti.API.info(newest.n + ' ' + files.map(function (f) { return f.n; }).join(''));
