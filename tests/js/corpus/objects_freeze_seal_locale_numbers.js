// freeze / seal / preventExtensions as sloppy-mode code sees them, number toLocaleString, method reads
var f = Object.freeze({a: 1, nested: {b: 2}});
f.a = 5; f.c = 3; delete f.a; f.nested.b = 9;
Ti.API.info(JSON.stringify(f) + ' ' + Object.isFrozen(f) + ' ' + Object.isSealed(f) + ' ' + Object.isExtensible(f) + ' ' + Object.isFrozen(f.nested));
var s = Object.seal({a: 1});
s.a = 2; s.b = 3; delete s.a;
Ti.API.info(JSON.stringify(s) + ' ' + Object.isSealed(s) + ' ' + Object.isFrozen(s) + ' ' + ('a' in s));
var p = Object.preventExtensions({a: 1});
p.a = 2; p.b = 3; delete p.a;
Ti.API.info(JSON.stringify(p) + ' ' + Object.isExtensible(p) + ' ' + Object.isFrozen(p) + ' ' + Object.isFrozen(3));
var nums = [0, 1, -1234.5, 1234567.891, 0.0005, 1.0625, 999.9996, 1e21 / 1e10, -0];
Ti.API.info(nums.map(function (n) { return n.toLocaleString(); }).join(' | '));
Ti.API.info(typeof (5).toFixed + ' ' + typeof 'x'.trim + ' ' + typeof (5).nope + ' ' + ((1.5).toFixed ? 'yes' : 'no'));
function Base() {}
Base.prototype.kind = 'base';
var child = new Base();
Ti.API.info(('kind' in child) + ' ' + child.hasOwnProperty('kind') + ' ' + ('toString' in {}) + ' ' + ('nope' in child));
Ti.API.info(Object.is(0, -0) + ' ' + Object.is('a', 'a') + ' ' + Object.is({}, {}));
