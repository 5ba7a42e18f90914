// block-scoped let/const and catch parameters that shadow outer names
let x = 1;
{ let x = 2; Ti.API.info(x); }
Ti.API.info(x);
function f() {
  const v = "outer";
  if (true) { const v = "inner"; Ti.API.info(v); }
  for (let i = 0; i < 2; i++) { for (let i = 5; i < 6; i++) Ti.API.info("inner i " + i); }
  return v;
}
Ti.API.info(f());
const fns = [];
for (let i = 0; i < 3; i++) { let i2 = i * 2; { let i2 = "shadow"; } fns.push(() => i2); }
Ti.API.info(fns.map(g => g()).join(","));
var item = "global";
function g(list) {
  for (const item of list) { Ti.API.info(item); }
  return item;
}
Ti.API.info(g([1, 2]));
try { throw new Error("e1"); } catch (x) { Ti.API.info(x.message); }
Ti.API.info(x);
