// callbacks on arrays that hold only non-negative integers, and arrays that only look like it
var counts = [];
for (var i = 0; i < 12; i++) counts.push(i * 7 % 5);
function even(x) { return x % 2 === 0; }
function triple(x, index) { return x * 3 + index; }
Ti.API.info(counts.filter(even).map(triple).join(",") + " " + counts.slice().sort().join(""));
var mixed = [1, 2, 3];
mixed.push(-4);  // a negative item: the remainder keeps JS's sign
function rem(x) { return x % 3; }
Ti.API.info(mixed.map(rem).join(","));
var stored = [5, 6];
stored[1] = -7;  // an item stored by index: not known to be non-negative
function half(x) { return x % 2; }
Ti.API.info(stored.map(half).join(","));
var shared = [1, 2];
function spoil(list) { list.push(-5.5); }
spoil(shared);  // changed where the analysis cannot see
function parity(x) { return x % 2; }
Ti.API.info(shared.map(parity).join(","));
var twice = [3, 4];
function named(x) { return x % 2; }
Ti.API.info(twice.map(named).join(",") + " " + named(-3) + " " + [1, 2].some(named));
