// Built-in constructors are function objects: they inherit Object.prototype's and
// Function.prototype's members, and describe their own properties as the specification says.
Ti.API.info(Date.hasOwnProperty("now"), Date.hasOwnProperty("getTime"), typeof Map.call);
Ti.API.info(Object.getOwnPropertyDescriptor(Date, "length").value, Map.length, Date.name, Object.keys(Date).length);
Ti.API.info(JSON.stringify(Object.getOwnPropertyDescriptor(Promise, "prototype")));
Ti.API.info(Object.getPrototypeOf(TypeError) === Error, Object.getPrototypeOf(Error) === Function.prototype);

// EvalError is an error kind like the others.
try {
  throw new EvalError("bad eval");
} catch (e) {
  Ti.API.info(e instanceof EvalError, e instanceof Error, e.name, String(e));
}

// A `let` in one function beside a `const` of the same name in another stays assignable.
function first(text) {
  const end = text.indexOf(";");
  return end;
}
function second(text) {
  let end = 0;
  while (end < text.length && text[end] !== ";") {
    end += 1;
  }
  return end;
}
Ti.API.info(first("ab;c"), second("ab;c"));

// Function.prototype.toString refuses what is not a function.
try {
  Function.prototype.toString.call({});
} catch (e) {
  Ti.API.info(e instanceof TypeError);
}

// The runtime's static members of String and Number are not enumerable; the program's are.
String.myHelper = function () { return 1; };
Ti.API.info(JSON.stringify(Object.keys(Number)), JSON.stringify(Object.keys(String)));
Ti.API.info(JSON.stringify(Object.getOwnPropertyDescriptor(Number, "MAX_VALUE")));

// What a program gives a Date, a RegExp, an error or Math is theirs: Object.keys, for...in and
// Object.create/defineProperties see it.
var when = new Date(0);
when.label = "epoch";
var pattern = /a+/g;
pattern.note = "greedy";
var failure = new Error("m");
failure.code = 42;
Math.tau = {value: 2 * Math.PI, enumerable: true};
var seen = [];
for (var key in when) seen.push(key);
Ti.API.info(JSON.stringify(Object.keys(when)), JSON.stringify(Object.keys(pattern)), JSON.stringify(Object.keys(failure)), seen.join());
Ti.API.info(Object.create({}, Math).tau.toFixed(3), JSON.stringify(Object.keys(Math)));
Ti.API.info(Object.apply(null, [1]) instanceof Number, [1, 2].concat.apply([0], {length: 2, 0: "a", 1: "b"}).length);

// A sloppy-mode function called on a primitive sees its wrapper object; a strict one the primitive.
function sloppyKind() { return typeof this; }
function strictKind() { "use strict"; return typeof this; }
String.prototype.shout = function () { return this.toUpperCase() + "!"; };
Ti.API.info(sloppyKind.call(1), strictKind.call(1), sloppyKind.call("s"), "hey".shout());
// The error constructors are functions too: their JS names and lengths, not the runtime's.
Ti.API.info([Error.name, TypeError.name, RangeError.name, SyntaxError.name, Error.length, TypeError.length].join(' '));
