// control labelled like flags
var found = false;
for (var i = 0; i < 3 && !found; i++) { for (var j = 0; j < 3; j++) { if (i + j === 3) { found = true; break; } } }
Ti.API.info(i + ' ' + j + ' ' + found);
