// class expressions stored in variables and exports
const Point = class {
  constructor(x, y) { this.x = x; this.y = y; }
  get length() { return Math.sqrt(this.x * this.x + this.y * this.y); }
  static origin() { return new Point(0, 0); }
};
Ti.API.info(new Point(3, 4).length + " " + Point.origin().length);
var shapes = {};
shapes.Circle = class Circle extends Point {
  constructor(r) { super(r, 0); this.r = r; }
  area() { return Math.round(Math.PI * this.r * this.r); }
};
const c = new shapes.Circle(2);
Ti.API.info(c.area() + " " + c.length + " " + (c instanceof Point));
