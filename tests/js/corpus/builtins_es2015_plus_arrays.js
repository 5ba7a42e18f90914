// array methods from ES2015 on: find, findIndex, includes, flat, fill, from, of, entries...
var a = [1, 2, 3, 4, 2];
Ti.API.info(a.find(x => x > 2) + " " + a.find(x => x > 9) + " " + a.findIndex(x => x > 2) + " " + a.findIndex(x => x > 9));
Ti.API.info(a.includes(3) + " " + a.includes("3") + " " + [NaN].includes(NaN) + " " + [NaN].indexOf(NaN) + " " + a.includes(1, 1));
Ti.API.info(a.lastIndexOf(2) + " " + a.lastIndexOf(2, 3) + " " + a.lastIndexOf(7) + " " + a.indexOf(2, 2));
Ti.API.info(JSON.stringify([1, [2, [3, [4]]]].flat()) + " " + JSON.stringify([1, [2, [3, [4]]]].flat(2)) + " " + JSON.stringify([[1, 2], [3]].flatMap(x => x)));
Ti.API.info(new Array(4).fill(0).join("") + " " + [1, 2, 3, 4].fill(9, 1, -1).join(","));
Ti.API.info(Array.from("abc").join("-") + " " + Array.from({length: 3}, (_, i) => i * 2).join(",") + " " + Array.from(new Set([1, 1, 2])).join(","));
Ti.API.info(Array.of(7, 8).join(",") + " " + Array.of(3).length + " " + a.at(-1) + " " + a.at(10));
Ti.API.info(a.reduceRight((acc, x) => acc + x, "") + " " + [[1, 2], [3, 4]].reduceRight((acc, x) => acc.concat(x)).join(""));
for (const [i, v] of ["x", "y"].entries()) Ti.API.info(i + ":" + v);
var people = [{name: "ann", age: 31}, {name: "bob", age: 25}];
var bob = people.find(p => p.name === "bob");
Ti.API.info(bob.age + " " + people.findIndex(p => p.age > 30) + " " + people.some(p => p.age > 30));
