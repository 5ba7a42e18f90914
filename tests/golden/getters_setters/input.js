// getters and setters in object literals
const person = {
  first: "Ada", last: "Lovelace",
  get full() { return this.first + " " + this.last; },
  set full(v) { const parts = v.split(" "); this.first = parts[0]; this.last = parts[1]; },
  age: 36,
};
Ti.API.info(person.full);
person.full = "Grace Hopper";
Ti.API.info(person.first + "/" + Object.keys(person).join(",") + "/" + JSON.stringify(person));
const counter = { n: 0, get next() { return ++this.n; } };
Ti.API.info(counter.next + " " + counter.next + " " + counter.n);
const readOnly = { get value() { return 42; } };
readOnly.value = 1;  // no setter: ignored (sloppy mode)
Ti.API.info(readOnly.value + " " + readOnly["value"]);
const child = Object.create(person);
Ti.API.info(child.full);
var key = "full";
Ti.API.info(person[key]);
