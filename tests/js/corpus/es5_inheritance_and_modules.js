// ES5 inheritance (Object.create of a prototype, Parent.call(this), constructor fix-up), isPrototypeOf, the module pattern, typeof of a name declared only elsewhere, extend() with obj['hasOwnProperty'], Object.prototype methods on plain objects
function Animal(name) { this.name = name; this.sounds = []; }
Animal.prototype.speak = function () { return this.name + ' makes ' + this.sound(); };
Animal.prototype.sound = function () { return 'a sound'; };
function Dog(name) { Animal.call(this, name); this.tricks = 0; }
Dog.prototype = Object.create(Animal.prototype);
Dog.prototype.constructor = Dog;
Dog.prototype.sound = function () { return 'woof'; };
Dog.prototype.learn = function () { this.tricks++; return this; };
var d = new Dog('Rex');
d.learn().learn();
Ti.API.info(d.speak() + ' ' + d.tricks + ' ' + (d instanceof Dog) + ' ' + (d instanceof Animal) + ' ' + (d.constructor === Dog) + ' ' + Object.keys(d).join());
var a = new Animal('Cat');
Ti.API.info(a.speak() + ' ' + (a instanceof Dog) + ' ' + Animal.prototype.isPrototypeOf(d) + ' ' + d.hasOwnProperty('speak'));
var Module = (function () {
  var privateCount = 0;
  function inc() { privateCount++; }
  return { inc: inc, get: function () { return privateCount; }, reset: function () { privateCount = 0; } };
})();
Module.inc(); Module.inc();
Ti.API.info(Module.get() + ' ' + typeof privateCount);
function extend(target) { for (var i = 1; i < arguments.length; i++) { var src = arguments[i]; for (var k in src) if (src.hasOwnProperty(k)) target[k] = src[k]; } return target; }
Ti.API.info(JSON.stringify(extend({a: 1}, {b: 2}, {a: 3, c: 4})));
var proto = {hello: function () { return 'hi from ' + this.who; }};
var obj = Object.create(proto, {who: {value: 'obj', enumerable: true}});
Ti.API.info(obj.hello() + ' ' + Object.keys(obj) + ' ' + Object.getPrototypeOf(obj).hello === proto.hello);
Dog.prototype.toString = function () { return '[Dog ' + this.name + ']'; };
Ti.API.info('' + d + ' ' + String(d) + ' ' + [d].join());
Ti.API.info(typeof Dog.prototype.speak + ' ' + ('speak' in d) + ' ' + Object.getPrototypeOf(Object.getPrototypeOf(d)) === Animal.prototype);
var o = {a: 1};
Ti.API.info(o.toString() + ' ' + o['hasOwnProperty']('a') + ' ' + String(o) + ' ' + (o.valueOf() === o) + ' ' + typeof o.toString + ' ' + JSON.stringify(o) + ' ' + Object.keys(o));
var p = {toString: function () { return 'custom'; }};
Ti.API.info('' + p + ' ' + p.toString());
