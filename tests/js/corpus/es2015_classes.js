// ES2015 classes: constructor, methods, static methods, extends, super(...) and super.method().
class Shape {
    constructor(name) {
        this.name = name;
    }
    describe() {
        return this.name + ' with area ' + this.area();
    }
    area() {
        return 0;
    }
    static unit() {
        return new Square(1);
    }
}
class Square extends Shape {
    constructor(side) {
        super('square');
        this.side = side;
    }
    area() {
        return this.side * this.side;
    }
    describe() {
        return super.describe() + ' (side ' + this.side + ')';
    }
}
class Tagged extends Square {}
var s = new Square(3);
var t = new Tagged(2);
Ti.API.info(s.describe() + ' | ' + t.describe() + ' | ' + Shape.unit().area() + ' | ' + Tagged.unit().name);
Ti.API.info([s instanceof Square, s instanceof Shape, t instanceof Square, new Shape('x') instanceof Square].join(' ') + ' ' + JSON.stringify(t));
