// control for without parts
var i = 0, out = [];
for (;;) { if (i >= 3) break; out.push(i); i++; }
for (; i < 5;) { out.push(i); i++; }
Ti.API.info(out.join(''));
