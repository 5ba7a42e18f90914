// String building: concatenation in a loop, length checks, join.
var parts = [];
var s = '';
for (var i = 0; i < 60000; i++) {
    s += 'item' + i + ',';
    if (s.length > 1000) {
        parts.push(s.length);
        s = '';
    }
}
Ti.API.info('strings ' + parts.length + ' ' + parts.join('').length + ' ' + s.length);
