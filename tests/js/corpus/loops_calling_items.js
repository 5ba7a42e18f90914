// A counted loop that calls the items of an array as methods (`handlers[i](x)`: `this` is the
// array) and one that reads them: the first needs the index, the second can iterate the items.
var handlers = [];
for (var k = 0; k < 4; k++) {
    handlers.push(function (x) { return x * 2 + this.length; });
}
var total = 0;
for (var i = 0; i < handlers.length; i++) {
    total = handlers[i](total);
}
Ti.API.info('total ' + total);
var names = ['a', 'b', 'c'];
var joined = '';
for (var j = 0; j < names.length; j++) {
    joined += names[j].toUpperCase();
}
Ti.API.info(joined);
