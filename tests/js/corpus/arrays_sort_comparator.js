// arrays sort comparator
var people = [{n: 'c', a: 30}, {n: 'a', a: 25}, {n: 'b', a: 30}];
people.sort(function (x, y) { return y.a - x.a; });
Ti.API.info(people.map(function (p) { return p.n; }).join(''));
