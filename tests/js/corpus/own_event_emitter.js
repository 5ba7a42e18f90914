// A program's own emitter: its listeners get whatever it passes (a string, a number, an
// object), and a parameter named like a listener's event is no event elsewhere.
var emitter = {
    listeners: {},
    addEventListener: function (name, fn) { (this.listeners[name] = this.listeners[name] || []).push(fn); },
    fire: function (name, value) { this.listeners[name].forEach(function (fn) { fn(value); }); }
};
emitter.addEventListener('text', function (e) {
    Ti.API.info('text ' + e.length + ' ' + typeof e.format + ' ' + typeof e.title);
    Ti.API.info('json ' + JSON.stringify(e) + ' ' + typeof e.split);
});
emitter.addEventListener('progress', function (e) {
    Ti.API.info('progress ' + e.totalBytesWritten + '/' + e.totalBytesExpectedToWrite + ' task ' + e.taskIdentifier);
});
function positive(e) {
    return e.statusCode > 0;
}
emitter.fire('text', 'ab');
emitter.fire('text', 7);
emitter.fire('progress', { totalBytesWritten: 3, totalBytesExpectedToWrite: 4, taskIdentifier: 'x1' });
Ti.API.info(positive({ statusCode: '5' }), positive({ statusCode: '-1' }));
