// String, Number and Boolean objects: typeof object, their primitive through valueOf/toString.
var s = new String('ab'), n = new Number(5), b = new Boolean(false), o = Object('x');
Ti.API.info(typeof s, typeof n, typeof b, typeof o, s.length, s[1], s + 'c', n + 1, n * 2, b ? 'truthy' : 'falsy');
Ti.API.info(s == 'ab', s === 'ab', n == 5, String(s), Number(n), s.valueOf(), n.valueOf(), b.valueOf(), b.toString());
Ti.API.info(JSON.stringify([s, n, b, {v: o}]), Object.keys(s).join(), s.hasOwnProperty('length'), s.hasOwnProperty(0));
Ti.API.info(s instanceof String, n instanceof Number, 'ab' instanceof String, Object.prototype.toString.call(n),
            Object.prototype.toString.call(b), s.toUpperCase(), n.toFixed(2), s.slice(1));
s.extra = 1;
Ti.API.info(s.extra, Object.getOwnPropertyDescriptor(s, 'length').writable, Object.getOwnPropertyDescriptor(s, '0').value);
var key = Object.getOwnPropertyDescriptor({Hello: 1}, new String('Hello'));
Ti.API.info(key.value, Object.assign(true, {a: 1}).a, typeof Object.assign(true, {}));
