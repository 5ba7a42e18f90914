// Object.defineProperty follows ValidateAndApplyPropertyDescriptor: defaults for a new
// property, a redefinition keeps what it does not name, non-configurable properties refuse.
function attempt(label, f) {
  try { f(); Ti.API.info(label, 'ok'); } catch (e) { Ti.API.info(label, e.name); }
}
function describe(o, k) {
  var d = Object.getOwnPropertyDescriptor(o, k);
  return d === undefined ? 'none' : ['value' in d ? 'v=' + d.value : 'get/set', d.writable, d.enumerable, d.configurable].join(' ');
}
var o = {};
Object.defineProperty(o, 'a', {value: 1});
Ti.API.info(describe(o, 'a'));
attempt('make configurable', function () { Object.defineProperty(o, 'a', {configurable: true}); });
attempt('make enumerable', function () { Object.defineProperty(o, 'a', {enumerable: true}); });
attempt('same value', function () { Object.defineProperty(o, 'a', {value: 1}); });
attempt('other value', function () { Object.defineProperty(o, 'a', {value: 2}); });
attempt('to accessor', function () { Object.defineProperty(o, 'a', {get: function () { return 3; }}); });
o.a = 5;
Ti.API.info(o.a, delete o.a, o.a);
Object.defineProperty(o, 'b', {value: 1, writable: true, configurable: true});
Object.defineProperty(o, 'b', {enumerable: true});
Ti.API.info(describe(o, 'b'), Object.keys(o).join());
Object.defineProperty(o, 'b', {get: function () { return 'g'; }});
Ti.API.info(describe(o, 'b'), o.b);
Object.defineProperty(o, 'w', {value: 1, writable: true});
attempt('writable value change', function () { Object.defineProperty(o, 'w', {value: 7}); });
Ti.API.info(o.w, describe(o, 'w'));
attempt('not an object', function () { Object.defineProperty(o, 'x', 5); });
attempt('both kinds', function () { Object.defineProperty(o, 'x', {value: 1, get: function () {}}); });
attempt('bad getter', function () { Object.defineProperty(o, 'x', {get: 5}); });
var inherited = Object.create({enumerable: true, value: 'from proto'});
Object.defineProperty(o, 'i', inherited);
Ti.API.info(describe(o, 'i'));
var fn = function () {};
Object.defineProperty(fn, 'prop', {value: 11, configurable: false});
attempt('function prop', function () { Object.defineProperties(fn, {prop: {value: 12, configurable: true}}); });
Ti.API.info(describe(fn, 'prop'), fn.prop);
var frozen = Object.freeze({k: 1});
var sealed = Object.seal({k: 1});
Ti.API.info(describe(frozen, 'k'), describe(sealed, 'k'));
attempt('add to frozen', function () { Object.defineProperty(frozen, 'n', {value: 1}); });
var created = Object.create({}, {p: {value: 1, enumerable: true}, q: {get: function () { return 2; }}});
Ti.API.info(created.p, created.q, Object.keys(created).join(), describe(created, 'q'));
attempt('create with bad proto', function () { Object.create(5); });
attempt('defineProperties checks all first', function () { Object.defineProperties({}, {a: {value: 1}, b: 7}); });
