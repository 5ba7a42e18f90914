// Computed and literal class member names, static accessors, class expressions as values,
// generators that bind their parameters when called.
var key = 'dyn';
class C {
  [key + 'Method']() { return 'computed method'; }
  static [key]() { return 'computed static'; }
  get [key + 'Prop']() { return 'computed getter'; }
  set [key + 'Prop'](v) { this.stored = v; }
  'quoted name'() { return 'quoted'; }
  0x10() { return 'sixteen'; }
}
var c = new C();
Ti.API.info(c.dynMethod(), C.dyn(), c.dynProp, c['quoted name'](), c[16]());
c.dynProp = 5;
Ti.API.info(c.stored);
function make(K) { return new K().m(); }
Ti.API.info(make(class { m() { return 'anonymous class'; } }));
var D = class Named { who() { return typeof Named; } };
Ti.API.info(new D().who(), typeof D);
var factory = () => class { static s() { return 'from an arrow'; } };
Ti.API.info(factory().s());
function* gen(start = 1, [p, q] = [2, 3]) { yield start; yield p + q; }
var it = gen();
Ti.API.info(it.next().value, it.next().value, it.next().done);
function* early(x = (function () { throw new Error('thrown by the call'); })()) { yield x; }
try { early(); Ti.API.info('not thrown'); } catch (e) { Ti.API.info(e.message); }
function withCallbackDefault(n, cb = function () { return n * 2; }) { return cb(); }
Ti.API.info(withCallbackDefault(4), withCallbackDefault(1, function () { return 7; }));
var made = [];
for (var limit = function () { return 3; }, i = 0; i < limit(); i++) made.push(i);
Ti.API.info(made.join());
