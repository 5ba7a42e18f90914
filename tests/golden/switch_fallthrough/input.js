// switch with fall-through between non-empty cases, breaks in the middle, default in the middle
function grade(n) {
  var out = [];
  switch (n) {
    case 1:
      out.push("one");
    case 2:
      out.push("two");
      if (n === 2) break;
    default:
      out.push("many");
    case 9:
      out.push("nine");
  }
  return out.join(",");
}
for (var i = 0; i <= 3; i++) Ti.API.info(i + ": " + grade(i));
Ti.API.info("9: " + grade(9));
var calls = [];
function tag(v) { calls.push(v); return v; }
switch (tag(2)) { case tag(1): calls.push("x"); case tag(2): calls.push("hit"); case tag(3): calls.push("fell"); }
Ti.API.info(calls.join(" "));
function days(month) {
  let n = 0;
  switch (month) {
    case "feb": n += 28; break;
    case "apr": case "jun":
    case "sep": case "nov": n += 30; break;
    default: n += 31;
  }
  return n;
}
Ti.API.info(["feb", "jun", "jan"].map(days).join(" "));
