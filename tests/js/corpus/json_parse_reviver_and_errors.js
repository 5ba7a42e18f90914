// JSON.parse with a reviver, and its errors (SyntaxError; the message wording is the engine's)
var data = JSON.parse('{"when": "2021-01-02T03:04:05.000Z", "n": [1, 2, {"drop": true, "keep": 3}]}', function (key, value) {
  if (key === "drop") return undefined;
  if (typeof value === "number") return value * 10;
  if (key === "when") return new Date(value).getTime();
  return value;
});
Ti.API.info(JSON.stringify(data));
var order = [];
JSON.parse('{"a": {"b": 1}, "c": [2]}', function (k, v) { order.push(k === "" ? "(root)" : k); return v; });
Ti.API.info(order.join(" "));
["", "{", "<html>", "{'a': 1}", "[1,]", "nope", "{\"a\" 1}"].forEach(function (text) {
  try { JSON.parse(text); Ti.API.info("parsed " + text); }
  catch (e) { Ti.API.info(e.name + " " + (e instanceof SyntaxError) + " " + (e.message.length > 0)); }
});
