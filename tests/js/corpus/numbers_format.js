// numbers format
var xs = [0, -0, 1, 1.5, 0.1 + 0.2, 1e21, 1e-7, 123456789012345680000, 2 / 3, -1 / 3, 1 / 0, -1 / 0, 0 / 0, 255, 5e-324];
for (var i = 0; i < xs.length; i++) { Ti.API.info(String(xs[i]) + ' ' + xs[i]); }
