// Closures made in a loop, then called many times.
function makeAdder(n) {
    return function (x) {
        return (x + n) % 1000003;
    };
}
var fns = [];
for (var i = 0; i < 3000; i++) {
    fns.push(makeAdder(i));
}
var sum = 0;
for (var r = 0; r < 30; r++) {
    for (var j = 0; j < fns.length; j++) {
        sum = fns[j](sum);
    }
}
Ti.API.info('closures ' + fns.length + ' ' + sum);
