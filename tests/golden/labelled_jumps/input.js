// labelled break and continue across nested loops, and switch inside loops
outer: for (var a = 0; a < 4; a++) {
  for (var b = 0; b < 4; b++) {
    if (b === 2) continue outer;
    if (a === 3) break outer;
    Ti.API.info("a" + a + "b" + b);
  }
}
var found = null;
search: for (const row of [[1, 2], [3, 4], [5, 6]]) {
  for (const cell of row) {
    let k = 0;
    while (true) {
      k++;
      if (k > 2) break;
      if (cell === 4) { found = cell; break search; }
    }
  }
}
Ti.API.info("found " + found);
var log = [];
for (var j = 0; j < 5; j++) {
  switch (j % 3) {
    case 0: log.push("z"); continue;
    case 1: log.push("o");
    case 2: log.push("t"); break;
  }
  log.push(";");
}
Ti.API.info(log.join(""));
var count = 0;
loop1: do {
  count++;
  while (true) {
    if (count < 3) continue loop1;
    break loop1;
  }
} while (count < 10);
Ti.API.info("count " + count);
rows: for (var r = 0; r < 3; r++) {
  switch (r) {
    case 1: continue rows;
    case 2: break rows;
  }
  Ti.API.info("row " + r);
}
