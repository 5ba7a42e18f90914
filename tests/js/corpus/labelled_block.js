// a labelled block left with break
function check(value) {
  var notes = [];
  validate: {
    if (typeof value !== "number") { notes.push("not a number"); break validate; }
    if (value < 0) { notes.push("negative"); break validate; }
    notes.push("ok");
  }
  notes.push("done");
  return notes.join(", ");
}
Ti.API.info(check("x") + " | " + check(-1) + " | " + check(5));
for (var i = 0; i < 3; i++) {
  skip: {
    if (i === 1) break skip;
    Ti.API.info("i=" + i);
  }
}
