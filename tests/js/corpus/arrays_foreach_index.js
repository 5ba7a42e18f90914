// arrays foreach index
var out = [];
['a', 'b', 'c'].forEach(function (v, i) { out.push(i + ':' + v); });
Ti.API.info(out.join(' '));
