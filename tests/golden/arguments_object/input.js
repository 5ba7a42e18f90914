// the arguments object
function sum() {
  var total = 0;
  for (var i = 0; i < arguments.length; i++) total += arguments[i];
  return total;
}
Ti.API.info(sum(1, 2, 3) + " " + sum());
function first(a, b) {
  return a + ":" + b + ":" + arguments.length + ":" + Array.prototype.slice.call(arguments, 1).join("|");
}
Ti.API.info(first(1) + " " + first(1, 2, 3, 4));
function outer() {
  const f = () => arguments[0];
  return f("ignored");
}
Ti.API.info(outer("mine"));
var logger = { log: function () { var parts = []; for (var i = 0; i < arguments.length; i++) parts.push(String(arguments[i])); return parts.join(" "); } };
Ti.API.info(logger.log("a", 1, true));
function withDefault(x = 10) { return x + arguments.length; }
Ti.API.info(withDefault() + " " + withDefault(1));
var owns = {k: 1};
Ti.API.info(Object.prototype.hasOwnProperty.call(owns, "k") + " " + Object.prototype.hasOwnProperty.call(owns, "toString"));
Ti.API.info(Array.prototype.map.call("abc", function (ch) { return ch.toUpperCase(); }).join(""));
