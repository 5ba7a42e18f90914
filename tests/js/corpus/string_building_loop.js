// string building loop
var s = '';
for (var i = 0; i < 5; i++) { s += i % 2 === 0 ? i : '-'; }
Ti.API.info(s + ' ' + s.length);
