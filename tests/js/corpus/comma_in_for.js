// comma in for
var out = [];
for (var i = 0, j = 10; i < j; i += 3, j -= 3) { out.push(i + ':' + j); }
Ti.API.info(out.join(' '));
