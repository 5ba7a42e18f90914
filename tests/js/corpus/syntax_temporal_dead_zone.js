// let/const read before their declaration runs: a ReferenceError (the temporal dead zone).
function early() { return later; }
try { early(); Ti.API.info('no error'); } catch (e) { Ti.API.info('closure:', e instanceof ReferenceError); }
let later = 'initialised';
Ti.API.info(early());
try { Ti.API.info(typeof notYet); } catch (e) { Ti.API.info('typeof:', e instanceof ReferenceError); }
const notYet = 1;
function inner() {
  try { value; Ti.API.info('no error'); } catch (e) { Ti.API.info('in a function:', e instanceof ReferenceError); }
  let value = 3;
  return value;
}
Ti.API.info(inner());
var fns = [];
for (let i = 0; i < 3; i++) fns.push(function () { return i; });
Ti.API.info(fns.map(function (f) { return f(); }).join());
var declaredLater = typeof hoisted;
var hoisted = 1;
Ti.API.info(declaredLater);
