// destructuring in parameters and loop heads
function area({w, h = 2}, [u, v] = [7, 8]) { return w * h + u + v; }
Ti.API.info(area({w: 3}) + " " + area({w: 1, h: 1}, [0, 0]));
const describe = ({name, tags: [firstTag = "none"] = []}) => name + "#" + firstTag;
Ti.API.info(describe({name: "a"}) + " " + describe({name: "b", tags: ["x", "y"]}));
function head(...[one, two]) { return one + two; }
Ti.API.info(head(1, 2, 3));
const pairs = [["k1", 1], ["k2", 2]];
for (const [k, v] of pairs) Ti.API.info(k + "=" + v);
const m = new Map([["p", {q: 1}], ["r", {q: 2}]]);
for (const [key, {q}] of m) Ti.API.info(key + q);
const fns = [];
for (const [i, label] of [[0, "zero"], [1, "one"]]) fns.push(() => i + label);
Ti.API.info(fns.map(f => f()).join(","));
let k2, v2;
for ([k2, v2] of [["last", 99]]) {}
Ti.API.info(k2 + v2);
