// app queue processing
var queue = ['a.png', 'b.jpg', 'c.gif'];
var done = [];
while (queue.length) { var item = queue.shift(); if (item.indexOf('.gif') > 0) { continue; } done.push(item.toUpperCase()); }
Ti.API.info(done.join(',') + ' left ' + queue.length);
