// object spread (ES2018) and Object.assign
const defaults = {color: "red", size: 2, tags: ["a"]};
const merged = {...defaults, size: 3, ...null, ...undefined, extra: true};
Ti.API.info(JSON.stringify(merged));
Ti.API.info(merged.tags === defaults.tags);  // a shallow copy
const copy = {...defaults};
copy.color = "blue";
Ti.API.info(defaults.color + " " + copy.color);
const fromArray = {..."hi", ...[7]};
Ti.API.info(JSON.stringify(fromArray));
const numbered = {b: 1, 2: "two", ...{1: "one", a: 0}};
Ti.API.info(Object.keys(numbered).join(","));
const assigned = Object.assign({}, {x: 1}, null, {y: 2});
Ti.API.info(JSON.stringify(assigned));
