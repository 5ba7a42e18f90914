var items = [3, 1, 2];
var sum = 0;
for (var i = 0; i < items.length; i++) {
    sum += items[i];
}
for (var k = 0; k < 10; k += 2) {
    Ti.API.info(k);
}
