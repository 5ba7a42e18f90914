// Object property churn: computed keys set, read, deleted; then enumerated.
var counts = {};
for (var i = 0; i < 80000; i++) {
    var key = 'k' + (i % 500);
    counts[key] = (counts[key] || 0) + 1;
    if (i % 7 === 0) {
        delete counts['k' + ((i + 3) % 500)];
    }
}
var total = 0;
var keys = 0;
for (var k in counts) {
    total += counts[k];
    keys += 1;
}
Ti.API.info('objects ' + keys + ' ' + total);
