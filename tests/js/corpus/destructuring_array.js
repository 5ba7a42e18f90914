// destructuring arrays: holes, defaults, rest, swapping, nested
let [x, , y = 9, ...zs] = [10, 20, undefined, 40, 50];
Ti.API.info(x + " " + y + " " + zs.join("|") + " " + zs.length);
[x, y] = [y, x];
Ti.API.info(x + "," + y);
const [[p, q], [r = "dflt"] = []] = [[1, 2]];
Ti.API.info(p + q + r);
const [first, second] = "hi";
Ti.API.info(first + "-" + second);
const [only, ...none] = [1];
Ti.API.info(only + " " + none.length);
const point = {};
[point.x, point.y] = [3, 4];
Ti.API.info(JSON.stringify(point));
