// arrays array constructor
var a = new Array(3);
var b = new Array(1, 2);
var c = [];
c[2] = 'z';
Ti.API.info(a.length + ' ' + b.join(',') + ' ' + c.length + ' ' + JSON.stringify(c));
