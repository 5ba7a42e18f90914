// eval called by name: strict callers make its text strict, and its `var`s may not redeclare
// the caller's let/const/class names or, among defaults, its parameters (JS: SyntaxError).
function outcome(run) {
  try {
    return "ok " + run();
  } catch (e) {
    return e instanceof SyntaxError ? "SyntaxError" : "other " + e.name;
  }
}

function lexicalClash() {
  let total = 1;
  try {
    return eval("var total = 2; total");
  } catch (e) {
    return e.name;
  }
}
function lexicalInBlock() {
  var seen = [];
  {
    const limit = 3;
    try {
      eval("var limit = 4;");
      seen.push("no error");
    } catch (e) {
      seen.push(e.name);
    }
  }
  seen.push(eval("var other = 5; other"));
  // In a function of its own, the text's vars are that function's: no clash.
  seen.push(outcome(function () { return eval("var total = 2; total"); }));
  return seen.join(", ");
}
function strictText() {
  "use strict";
  return [
    outcome(function () { return eval("var arguments;"); }),
    outcome(function () { return eval("var n = 010; n"); }),
    outcome(function () { return eval("with ({}) {}"); }),
    outcome(function () { return eval("var ok = 7; ok * 2"); }),
  ].join(", ");
}
var withDefault = function (a = eval("var a = 42")) { return a; };
Ti.API.info(lexicalClash());
Ti.API.info(lexicalInBlock());
Ti.API.info(strictText());
Ti.API.info(outcome(function () { return withDefault(); }));
Ti.API.info(outcome(function () { return eval("var fresh = 1; fresh + 1"); }));
