// Lazy initialisation on values that are no plain objects: a bundler's require() keeps each
// module's exports on the module function itself; a memo table on a function; a singleton on
// a constructor (this is the function in a static call); a counter on each of a list of handlers.
function require(p) {
    var mod = require.modules[p];
    if (!mod.exports) {
        mod.exports = {};
        mod.call(mod.exports, mod, mod.exports);
    }
    return mod.exports;
}
require.modules = {};
require.modules.answer = function (module, exports) { module.exports = function () { return 42; }; };
Ti.API.info(require('answer')() + ' ' + (require('answer') === require('answer')));

function square(n) {
    square.cache = square.cache || {};
    if (square.cache[n] === undefined) { square.cache[n] = n * n; }
    return square.cache[n];
}
Ti.API.info(square(7) + ' ' + square(7) + ' ' + Object.keys(square.cache).join(','));

function Registry() {}
Registry.shared = function () {
    if (typeof this.instance === 'undefined') { this.instance = new Registry(); }
    return this.instance;
};
Ti.API.info(Registry.shared() === Registry.shared());

var handlers = [function onOpen() {}, function onClose() {}];
handlers.forEach(function (handler, i) {
    if (handler.calls == null) { handler.calls = 0; }
    handler.calls += 1;
    Ti.API.info(i + ' ' + handler.calls);
});
