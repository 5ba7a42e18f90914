// arrays basic
var a = [1, 2, 3];
a.push(4, 5);
var last = a.pop();
var first = a.shift();
a.unshift(0);
Ti.API.info(a.join(',') + ' ' + last + ' ' + first + ' ' + a.length + ' ' + a.indexOf(3) + ' ' + a.indexOf(9));
