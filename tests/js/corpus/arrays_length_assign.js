// arrays length assign
var a = [1, 2, 3, 4];
a.length = 2;
Ti.API.info(a.join(',') + ' ' + a.length);
a[4] = 'x';
Ti.API.info(a.length + ' ' + JSON.stringify(a));
