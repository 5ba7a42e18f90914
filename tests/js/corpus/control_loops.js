// control loops
var out = [];
for (var i = 0; i < 10; i++) { if (i === 2) continue; if (i === 6) break; out.push(i); }
var j = 0; while (j < 3) { j++; }
var k = 10; do { k--; } while (k > 7);
Ti.API.info(out.join('') + ' ' + j + ' ' + k);
