// let/const in loops: each iteration has its own binding, so closures keep their own values.
var fns = [];
for (let i = 0; i < 3; i++) {
    fns.push(function () { return i; });
}
var more = [];
for (var k = 0; k < 3; k++) {
    const doubled = k * 2;
    let label = 'k' + k;
    more.push(() => label + '=' + doubled);
}
var viaVar = [];
for (var j = 0; j < 3; j++) {
    viaVar.push(function () { return j; });
}
var items = [];
for (const word of ['a', 'b']) {
    items.push(function (suffix) { return word + suffix; });
}
Ti.API.info(fns.map(function (f) { return f(); }).join(',') + ' ' + more.map(function (f) { return f(); }).join(',') + ' ' +
    viaVar.map(function (f) { return f(); }).join(',') + ' ' + items.map(function (f) { return f('!'); }).join(','));
const LIMIT = 2;
try {
    LIMIT = 3;
} catch (e) {
    Ti.API.info(e.name + ': ' + e.message + ' ' + LIMIT);
}
var shared = [];
for (var v of [1, 2]) {
    shared.push(function () { return v; });
}
Ti.API.info(shared.map(function (f) { return f(); }).join(','));
