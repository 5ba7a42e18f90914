// control ternary chain
function grade(s) { return s >= 90 ? 'A' : s >= 80 ? 'B' : s >= 70 ? 'C' : 'F'; }
Ti.API.info([grade(95), grade(85), grade(75), grade(10)].join(''));
