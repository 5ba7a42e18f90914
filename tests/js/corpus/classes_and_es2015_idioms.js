// ES2015 classes: statics, super.method(), getters/setters, template literals, computed keys, rest/spread, Array.from with a map, entries in for-of, defaults from other parameters, arrows keeping this
class Shape {
  static create(kind) { return kind === 'sq' ? new Square(2) : new Shape('blob'); }
  constructor(name) { this.name = name; }
  area() { return 0; }
  describe() { return `${this.name} with area ${this.area().toFixed(1)}`; }
}
class Square extends Shape {
  constructor(side) { super('square'); this.side = side; }
  area() { return this.side ** 2; }
  describe() { return super.describe() + '!'; }
  set size(v) { this.side = v; }
  get size() { return this.side; }
}
const s = Shape.create('sq');
s.size = 3;
Ti.API.info(s.describe() + ' ' + Shape.create('x').describe() + ' ' + s.size + ' ' + (s instanceof Shape));
const key = 'dyn';
const o = { [key + '1']: 1, method() { return this[key + '1'] + 1; } };
Ti.API.info(o.dyn1 + ' ' + o.method() + ' ' + JSON.stringify(o));
const total = (...nums) => nums.reduce((a, b) => a + b, 0);
Ti.API.info(total(...[1, 2, 3], 4) + ' ' + Array.from({length: 3}, (_, i) => i * i).join());
for (const [k, v] of Object.entries({a: 1, b: 2})) Ti.API.info(`${k}=${v}`);
const greet = (name = 'you', greeting = `hi ${name}`) => greeting;
Ti.API.info(greet() + ' ' + greet('Al'));
class Counter { constructor() { this.count = 0; } tick() { [1, 2].forEach(() => { this.count++; }); return this.count; } }
Ti.API.info(new Counter().tick());
