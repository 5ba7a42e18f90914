// Subclasses of built-in constructors: instances are arrays, maps, promises, errors... that
// find the subclass's methods first; derived constructors bind `this` with super().
class Stack extends Array {
  peek() { return this[this.length - 1]; }
  total() { return this.reduce(function (a, b) { return a + b; }, 0); }
}
var stack = new Stack(1, 2, 3);
stack.push(4);
Ti.API.info([stack.length, stack.peek(), stack.total(), Array.isArray(stack), stack instanceof Stack].join(" "));
Ti.API.info([Object.getPrototypeOf(stack) === Stack.prototype, stack.join("-")].join(" "));

class DefaultMap extends Map {
  constructor(fallback, entries) { super(entries); this.fallback = fallback; }
  get(key) { return this.has(key) ? super.get(key) : this.fallback; }
}
var counts = new DefaultMap(0, [["a", 1]]);
counts.set("b", 2);
Ti.API.info([counts.get("a"), counts.get("b"), counts.get("z"), counts.size, counts instanceof Map].join(" "));

class DoublingSet extends Set {
  add(value) { return super.add(value * 2); }
}
var doubled = new DoublingSet();
doubled.add(2).add(5);
Ti.API.info([doubled.has(4), doubled.has(10), doubled.size].join(" "));

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
  get retryable() { return this.status >= 500; }
}
class NotFound extends HttpError {
  constructor(path) { super(404, "not found: " + path); }
}
try {
  throw new NotFound("/x");
} catch (e) {
  Ti.API.info([e instanceof NotFound, e instanceof HttpError, e instanceof Error, e.status, e.message, e.retryable].join(" "));
  Ti.API.info([String(e), e.name].join(" "));
}

class Task extends Promise {
  label() { return "task"; }
}
var task = new Task(function (resolve) { resolve(20); });
var next = task.then(function (value) { return value + 1; });
Ti.API.info([next instanceof Task, next.label()].join(" "));
next.then(function (value) { Ti.API.info(["settled", value].join(" ")); });

function Legacy(name) { this.name = name; }
Legacy.prototype.hello = function () { return "hello " + this.name; };
class Modern extends Legacy {
  constructor() { super("modern"); }
  hello() { return super.hello() + "!"; }
}
Ti.API.info([new Modern().hello(), new Modern() instanceof Legacy].join(" "));

class Early extends Object {
  constructor() {
    try { this.x = 1; } catch (e) { Ti.API.info(["before super:", e instanceof ReferenceError].join(" ")); }
    super();
    this.x = 2;
  }
}
Ti.API.info([new Early().x].join(" "));
class Replaced extends Object {
  constructor() { return { replaced: true }; }
}
Ti.API.info([new Replaced().replaced].join(" "));
class Primitive extends Object {
  constructor() { super(); return 1; }
}
try { new Primitive(); } catch (e) { Ti.API.info(["primitive:", e instanceof TypeError].join(" ")); }
class Forgot extends Object {
  constructor() {}
}
try { new Forgot(); } catch (e) { Ti.API.info(["no super:", e instanceof ReferenceError].join(" ")); }
class Orphan extends null {
  constructor() { return Object.create(Orphan.prototype); }
}
Ti.API.info([Object.getPrototypeOf(Orphan.prototype), new Orphan() instanceof Orphan].join(" "));
try { class Bad extends 5 {} } catch (e) { Ti.API.info(["bad heritage:", e instanceof TypeError].join(" ")); }
