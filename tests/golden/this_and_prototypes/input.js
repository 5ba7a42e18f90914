// Constructors, prototypes, methods that read `this`, call/apply/bind, instanceof.
function Download(url, size) {
    this.url = url;
    this.size = size;
    this.done = 0;
}
Download.prototype.advance = function (bytes) {
    this.done = Math.min(this.size, this.done + bytes);
    return this;
};
Download.prototype.progress = function () {
    return Math.round(100 * this.done / this.size) + '%';
};

var d = new Download('http://x/a.png', 200);
d.advance(50).advance(20);
Ti.API.info(d.url + ' ' + d.progress() + ' ' + (d instanceof Download) + ' ' + JSON.stringify(d));

var counter = {
    count: 0,
    increment: function (by) {
        this.count = this.count + (by || 1);
        return this.count;
    },
    later: function () {
        var self = this;
        return [1, 2].map(function (x) { return self.count + x; }).join('/');
    }
};
counter.increment();
counter.increment(5);
Ti.API.info('count ' + counter.count + ' later ' + counter.later());

function describe(prefix, suffix) {
    return prefix + this.url + suffix;
}
Ti.API.info(describe.call(d, '<', '>') + ' ' + describe.apply(d, ['[', ']']));
var bound = describe.bind(d, '(');
Ti.API.info(bound(')'));
Ti.API.info(({} instanceof Download) + ' ' + typeof Download);
