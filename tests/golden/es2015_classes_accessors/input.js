// ES2015 class getters and setters, inherited through extends
class Rect {
  constructor(w, h) { this.w = w; this.h = h; }
  get area() { return this.w * this.h; }
  set size(s) { this.w = s; this.h = s; }
  get size() { return this.w; }
  describe() { return "rect " + this.area; }
}
class Square extends Rect {
  constructor(s) { super(s, s); }
  get area() { return this.w * this.w; }
  describe() { return "square " + super.describe(); }
}
const r = new Rect(2, 3);
Ti.API.info(r.area + " " + r.size);
r.size = 4;
Ti.API.info(r.area + " " + JSON.stringify(r) + " " + Object.keys(r).join(","));
const sq = new Square(5);
Ti.API.info(sq.size + " " + (sq instanceof Rect) + " " + sq.describe());
