// this prototype inheritance es5
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + ' speaks'; };
function Dog(name) { Animal.call(this, name); }
Dog.prototype = Object.create ? Object.create(Animal.prototype) : null;
Ti.API.info(typeof Dog);
