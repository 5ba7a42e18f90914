// ES2019-ES2022 syntax that esprima-fork parses natively: logical assignment, class fields,
// catch without a binding, exponent assignment.
var config = { session: null, retries: 0, name: 'app', ok: true, list: [] };
config.session ??= 'default';
config.retries ||= 3;
config.name &&= config.name.toUpperCase();
config.ok &&= false;
var seen = config.session ??= 'other';
var count = 0;
count ||= 10;
var power = 2;
power **= 10;
Ti.API.info([config.session, config.retries, config.name, config.ok, seen, count, power].join(' '));

class Counter {
  count = 0;
  step = 2;
  label;
  static created = 0;
  static unit = 'ticks';
  constructor(start) {
    this.count = start || this.count;
    Counter.created = Counter.created + 1;
  }
  tick() { this.count = this.count + this.step; return this; }
}
var a = new Counter();
var b = new Counter(5).tick().tick();
Ti.API.info([a.count, b.count, a.label === undefined, Counter.created, Counter.unit].join(' '));

class Loud extends Counter {
  volume = 11;
  tick() { this.count = this.count + this.volume; return this; }
}
var loud = new Loud(1).tick();
Ti.API.info([loud.count, loud.step, loud.volume, Counter.created].join(' '));

function parseOr(text, fallback) {
  try {
    return JSON.parse(text);
  } catch {
    return fallback;
  }
}
Ti.API.info([parseOr('[1,2]', 0).length, parseOr('{bad', 'fallback')].join(' '));
