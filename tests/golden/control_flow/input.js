var i = 0;
var out = [];
while (i < 10) {
    i = i + 1;
    if (i % 2 === 0) {
        continue;
    } else if (i > 7) {
        break;
    }
    out.push(i);
}
Ti.API.info(out.join(' '));
try {
    throw new Error('boom');
} catch (err) {
    Ti.API.info('caught ' + err.message);
} finally {
    Ti.API.info('finally');
}
var grade = i > 5 ? 'high' : 'low';
Ti.API.info(grade);
