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
var squares = [1, 4, 9].map(function sq(x) { return x; });
function plusOne(x) { return x + 1; }
var bumped = [0, 1, 2].map(plusOne);
var sum = 0;
for (var k = 0; k < bumped.length; k++) sum = (sum + bumped[k]) % 7;
Ti.API.info(sum + " " + squares.join(""));
var shrink = [3, 2, 1];
var acc = 0;
for (var m = 0; m < shrink.length; m++) { acc = acc + shrink[m]; if (m === 0) shrink.pop(); }
Ti.API.info(acc);
var swapped = [1, 2, 3];
function swap() { swapped = [9]; }
var seenItems = [];
for (var q = 0; q < swapped.length; q++) { seenItems.push(String(swapped[q])); swap(); }
Ti.API.info(seenItems.join(","));
