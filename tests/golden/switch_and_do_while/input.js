// switch without fall-through becomes if/elif; cases compare with ===.
function describe(kind) {
    switch (kind) {
        case 'png':
        case 'jpg':
            return 'image';
        case 'mp4':
            return 'video';
        case 1:
            return 'one (a number, not "1")';
        default:
            return 'other';
    }
}
Ti.API.info([describe('png'), describe('jpg'), describe('mp4'), describe(1), describe('1')].join(', '));

var log = [];
for (var i = 0; i < 6; i++) {
    switch (i % 3) {
        case 0:
            log.push('zero');
            break;
        case 1:
            continue;
        default:
            log.push('two');
    }
    log.push(i);
}
Ti.API.info(log.join(' '));

// do...while runs once before testing; continue goes to the test.
var n = 0;
var seen = [];
do {
    n = n + 1;
    if (n === 2) {
        continue;
    }
    seen.push(n);
} while (n < 5);
Ti.API.info(seen.join(',') + ' n=' + n);
do {
    Ti.API.info('runs once');
} while (false);

// Bitwise operators work on int32, as in JS.
var flags = 0;
flags |= 4;
flags = flags | 1;
Ti.API.info((flags & 4) + ' ' + (flags ^ 1) + ' ' + (~flags) + ' ' + (1 << 31) + ' ' + (-1 >>> 0) + ' ' + (-16 >> 2) + ' ' + (2.9 | 0));
