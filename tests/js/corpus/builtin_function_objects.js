// Built-in functions are function objects: name, length, own-property descriptors, inherited
// Object.prototype methods, read-only and deletable name/length, TypeError for a wrong receiver.
function show(label, fn) {
  var d = Object.getOwnPropertyDescriptor(fn, 'length');
  Ti.API.info(label, fn.name, fn.length, d.writable, d.enumerable, d.configurable);
}
show('map', Array.prototype.map);
show('reduce', [].reduce);
show('slice', String.prototype.slice);
show('max', Math.max);
show('keys', Object.keys);
show('defineProperty', Object.defineProperty);
show('toFixed', Number.prototype.toFixed);
show('setHours', Date.prototype.setHours);
show('parseInt', parseInt);
var m = Object.getOwnPropertyDescriptor(Array.prototype, 'map');
Ti.API.info(m.writable, m.enumerable, m.configurable, m.value === Array.prototype.map);
var seen = []; for (var k in Array.prototype) seen.push(k);
Ti.API.info('enumerable on Array.prototype:', seen.length);
Ti.API.info(Array.prototype.constructor === Array, String.prototype.constructor === String, 'x'.constructor === String);
Ti.API.info(Math.hasOwnProperty('max'), Math.hasOwnProperty('nope'), Object.prototype.hasOwnProperty.call(Math.max, 'name'));
function f(a, b) { return a + b; }
f.length = 9; f.name = 'g';
Ti.API.info(f.name, f.length, f.hasOwnProperty('name'), delete f.name, f.hasOwnProperty('name'), f.hasOwnProperty('length'));
f.extra = 1;
var own = []; for (var p in f) own.push(p);
Ti.API.info(own.join(), Object.prototype.propertyIsEnumerable.call(f, 'extra'), Object.prototype.propertyIsEnumerable.call(f, 'length'));
var wrong = [
  function () { return String.prototype.trim.call(undefined); },
  function () { return String.prototype.indexOf.call(null, 'a'); },
  function () { return Number.prototype.toFixed.call('1'); },
  function () { return Boolean.prototype.valueOf.call(1); },
  function () { return Date.prototype.getTime.call({}); },
  function () { return Array.prototype.map.call(null, function () {}); },
  function () { return Object.prototype.hasOwnProperty.call(undefined, 'x'); },
  function () { return [1].map(5); },
  function () { return [1].forEach({}); },
  function () { return [].reduce(function () {}); },
];
Ti.API.info(wrong.map(function (t) { try { t(); return 'none'; } catch (e) { return e instanceof TypeError ? 'TypeError' : 'other'; } }).join());
Ti.API.info(String.prototype.trim.call(42), Boolean.prototype.toString.call(false), Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MIN_VALUE);
