// Symbols: descriptions, keys, well-known symbols the runtime honours.
var log = function (x) { Ti.API.info(String(x)); };
var s = Symbol("token"), anon = Symbol();
log(typeof s); log(s.toString()); log(String(anon)); log(s.description); log(anon.description);
log(s === s); log(s === Symbol("token")); log(Symbol.for("k") === Symbol.for("k")); log(Symbol.keyFor(Symbol.for("k")));
var o = { plain: 1 }; o[s] = 2;
log(o[s]); log(Object.keys(o)); log(Object.getOwnPropertyNames(o)); log(JSON.stringify(o));
log(Object.getOwnPropertySymbols(o).length); log(s in o); log(o.hasOwnProperty(s));
for (var k in o) log("key " + k);
try { log("" + s); } catch (e) { log(e instanceof TypeError); }
try { log(s * 2); } catch (e) { log(e instanceof TypeError); }
try { new Symbol(); } catch (e) { log(e instanceof TypeError); }
var range = {};
range[Symbol.iterator] = function () {
  var i = 0;
  return { next: function () { i += 1; return { value: i * 10, done: i > 3 }; } };
};
for (var v of range) log(v);
var it = ["a", "b"][Symbol.iterator](); var step = it.next(); log(step.value + " " + step.done);
var money = {}; money[Symbol.toPrimitive] = function (hint) { return hint === "number" ? 7 : "seven"; };
log(+money); log(money + "!"); log(`${money}`);
var tagged = {}; tagged[Symbol.toStringTag] = "Tagged"; log(Object.prototype.toString.call(tagged));
var even = {}; even[Symbol.hasInstance] = function (n) { return n % 2 === 0; }; log(4 instanceof even); log(3 instanceof even);
log(typeof Object(s)); log(Object(s) instanceof Symbol); log(Object.prototype.toString.call(s));
var hidden = {}; Object.defineProperty(hidden, s, { value: "v", enumerable: false }); log(hidden[s]); log(Object.keys(hidden).length);
var literal = { [s]: "computed" }; log(literal[s]);
