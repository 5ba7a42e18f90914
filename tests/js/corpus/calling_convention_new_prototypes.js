// any function value called with any number of arguments; new on any function; built-in prototypes
var o = {f: function (a, b) { return [a, b, arguments.length].join('/'); }};
Ti.API.info(o.f(1), o.f(1, 2, 3), o.f());
function cb(err) { return 'cb:' + err; }
function run(fn) { return fn('e', 'r', 'x'); }
Ti.API.info(run(cb));
var handlers = [function (e) { return this.length + ':' + e; }];
Ti.API.info(handlers[0]('ev'));
function Win(title) { return {title: title, kind: 'window'}; }
var W = Win, w = new W('hello');
Ti.API.info(w.title, w.kind, w instanceof W);
function Point(x) { }
var P = Point, p = new P(1);
Ti.API.info(p instanceof P, typeof P.prototype, Point.name, Point.length);
String.prototype.shout = function () { return this.toUpperCase() + '!'; };
Array.prototype.last = function () { return this[this.length - 1]; };
Ti.API.info('hey'.shout(), [1, 2, 3].last(), typeof [].nothing);
Ti.API.info(String.prototype.trim.call('  a  ') + '|', Array.prototype.slice.call([1, 2, 3], 1).join(','));
var m = 'map';
Ti.API.info([1, 2][m](function (v) { return v * 2; }).join(','));
function MyErr(msg) { this.message = msg; }
MyErr.prototype = new Error();
MyErr.prototype.name = 'MyErr';
try { throw new MyErr('bad'); } catch (e) { Ti.API.info(e instanceof MyErr, e instanceof Error, String(e), e.name); }
var e2 = new Error('boom');
Ti.API.info(e2 instanceof Error, e2.constructor === Error, String(e2));
var arr = [1, 2, 3], i = 0, brr = [];
brr[i] = arr[i++];
Ti.API.info(JSON.stringify(brr), i, JSON.stringify([].pop()), [].shift() === undefined);
var n = refresh();
function getPending() { return 3; }
function refresh() { return getPending(); }
Ti.API.info(n);
try { null.x; } catch (e) { Ti.API.info(e instanceof TypeError); }
try { notDefinedAnywhere; } catch (e) { Ti.API.info(e instanceof ReferenceError, e.name); }
Ti.API.info(typeof notDefinedAnywhere, typeof globalThis);
