// `with`: names of the body are looked up on the object first, then in the scopes around it.
var o = {a: 1, f: function () { return this.a + 10; }};
var a = 'outer', b = 'outer b';
with (o) {
  Ti.API.info(a, b, f(), typeof a, typeof notDeclaredAnywhere);
  a = 2;
  b = 3;
  a += 5;
  var c = 'declared';
  a++;
  function inner(a) { return 'param ' + a; }
  Ti.API.info(inner('x'));
}
Ti.API.info(o.a, a, b, c);
var arr = [1, 2, 3];
with (arr) { Ti.API.info(length, join('-')); }
var config = {debug: true};
function describe(level) {
  with (config) {
    return level + (debug ? ' (debug)' : '');
  }
}
Ti.API.info(describe('info'));
try { with (null) {} } catch (e) { Ti.API.info(e instanceof TypeError); }
