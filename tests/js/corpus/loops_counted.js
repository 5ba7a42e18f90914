// loops counted: for loops that become Python for-range / for-each, and the ones that must not
var out = [];
for (var i = 0; i < 5; i++) { if (i === 1) continue; if (i === 4) break; out.push(i); }
for (var k = 10; k >= 0; k -= 3) { out.push(k); }
for (var m = 0; m <= 3; m++) { out.push('m' + m); }
var fs = [];
for (let n = 0; n < 3; n++) { fs.push(function () { return n * 10; }); }
out.push(fs.map(function (f) { return f(); }).join('/'));
var grow = [1, 2, 3];
for (var g = 0; g < grow.length; g++) { if (grow[g] < 3) grow.push(grow[g] + 10); }
out.push(grow.join(','));
var words = ['alpha', 'beta', 'gamma'];
for (var w = 0; w < words.length; w++) { out.push(w + ':' + words[w].toUpperCase()); }
var s = 'abc', codes = [];
for (var c = 0; c < s.length; c++) { codes.push(s[c] + s.charCodeAt(c)); }
out.push(codes.join(''));
var last;
for (var u = 0; u < 4; u++) { last = u; }
out.push('after ' + u + ' ' + last);
for (var x = 0, len = words.length; x < len; x++) { out.push(words[x].length); }
var holes = [1, , 3];
for (var h = 0; h < holes.length; h++) { out.push(String(holes[h])); }
for (var f2 = 0; f2 < 2.5; f2++) { out.push('f' + f2); }
var limit = 3;
for (var p = 0; p < limit; p++) { for (var q = 0; q < p; q++) { out.push(p + '' + q); } }
outer: for (var r = 0; r < 3; r++) { for (var t = 0; t < 3; t++) { if (t > r) continue outer; out.push('r' + r + t); } }
var swapped = [3, 1, 2];
for (var z = 0; z < swapped.length; z++) { var held = swapped[z]; swapped.sort(); out.push(held + '>' + swapped[z]); }
function sum(list) { var total = 0; for (var i = 0; i < list.length; i++) { total += list[i]; } return total; }
out.push(sum([1, 2, 3]), sum('12'));
Ti.API.info(out.join(' '));
// a step that may be missing (`step || 1`) was typed while the types were being solved
function stepped(start, end, step) { var out = []; for (var k = start; k < end; k += (step || 1)) out.push(k); return out; }
Ti.API.info(stepped(0, 5, 2).join() + ' ' + stepped(0, 3).join());
