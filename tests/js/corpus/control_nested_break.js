// control nested break
var found = null;
for (var i = 0; i < 5 && found === null; i++) { for (var j = 0; j < 5; j++) { if (i * j === 6) { found = i + 'x' + j; break; } } }
Ti.API.info(found);
