// closures counter factory objects
function makeCounter(start) {
  var count = start;
  return { inc: function () { count += 1; return count; }, reset: function () { count = start; } };
}
var c = makeCounter(5);
c.inc(); c.inc();
var after = c.inc();
c.reset();
Ti.API.info(after + ' ' + c.inc());
