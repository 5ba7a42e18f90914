// ES2015 classes: getters, statics, super.getter on the instance, toString, destructuring, spread, Map/Set, for-of, arrows
class Item {
  constructor(name, size = 0) { this.name = name; this.size = size; }
  get label() { return `${this.name} (${this.size} B)`; }
  static of(obj) { return new Item(obj.name, obj.size); }
  toString() { return 'Item:' + this.name; }
}
class Big extends Item {
  constructor(name) { super(name, 1e6); }
  get label() { return 'BIG ' + super.label; }
}
const items = [Item.of({name: 'a', size: 3}), new Big('b'), new Item('c')];
Ti.API.info(items.map(i => i.label).join('; '));
Ti.API.info(`${items[0]}` + String(items[1]) + (items[2] instanceof Item) + (items[1] instanceof Big));
const {name, size: bytes = 7, ...rest} = {name: 'n', extra: 1, more: 2};
Ti.API.info(name + bytes + JSON.stringify(rest));
const [first, , third = 'T', ...others] = [1, 2, undefined, 4, 5];
Ti.API.info(first + third + others);
const merged = {...{a: 1}, b: 2, ...{a: 3}};
Ti.API.info(JSON.stringify(merged) + Math.max(...[1, 5, 3]) + [...'hey'].join('.'));
const found = items.find(i => i.size > 100);
Ti.API.info(found.name + items.findIndex(i => i.name === 'c') + [1, 2, 3].includes(2) + 'abc'.includes('d'));
const m = new Map([['x', 1], ['y', 2]]);
m.set('z', 3);
for (const [k, v] of m) Ti.API.info(k + '=' + v);
const st = new Set([1, 2, 2, 3]);
Ti.API.info(st.size + ' ' + st.has(2) + ' ' + [...st].join('') + ' ' + Array.from(m.keys()).join(''));
let total = 0;
for (const n of [1, 2, 3]) { total += n; }
Ti.API.info(total + ' ' + '5'.padStart(3, '0') + ' ' + 'ab'.padEnd(4, '-') + '|' + Object.entries({p: 1, q: 2}).map(([k, v]) => k + v).join());
const f = (a, b = a * 2, ...c) => a + b + c.length;
Ti.API.info(f(1) + ' ' + f(1, 1, 1, 1) + ' ' + (() => ({x: 1}))().x);
