// arrays reverse nested
var m = [[1, 2], [3, 4]];
Ti.API.info(m[1][0] + ' ' + m.reverse()[0].join('') + ' ' + m.length);
