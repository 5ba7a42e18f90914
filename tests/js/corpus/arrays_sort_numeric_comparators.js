// the (a, b) => a - b comparators: numbers, mixed values, NaN, undefined, stability
Ti.API.info([5, 1, 10, 2.5, -3, 0].sort(function (a, b) { return a - b; }).join(","));
Ti.API.info([5, 1, 10, 2.5, -3, 0].sort((a, b) => b - a).join(","));
Ti.API.info(["10", 9, "8", true, null].sort((a, b) => a - b).join(","));
Ti.API.info([3, NaN, 1, 2].sort((a, b) => a - b).length);
Ti.API.info([3, undefined, 1].sort((a, b) => a - b).join(","));
var people = [{n: "a", age: 30}, {n: "b", age: 20}, {n: "c", age: 30}, {n: "d", age: 20}];
var ages = people.map(p => p.age);
Ti.API.info(ages.sort((x, y) => y - x).join(","));
Ti.API.info(people.sort(function (p, q) { return p.age - q.age; }).map(p => p.n).join(""));
