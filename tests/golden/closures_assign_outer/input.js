var total = 0;
var log = [];

function add(n) {
    total = total + n;
    log.push(n);
}

function makeCounter() {
    var count = 0;
    return function () {
        count = count + 1;
        return count;
    };
}

add(3);
add(4);
var next = makeCounter();
next();
Ti.API.info('total=' + total + ' log=' + log.join(',') + ' counter=' + next());
