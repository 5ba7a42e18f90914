// async/await: awaits in sequence, in try/catch, in loops and expressions; Promise.all of async calls; async arrows and methods; ordering against timers
function delay(ms, v) { return new Promise(function (resolve) { setTimeout(function () { resolve(v); }, ms); }); }
async function load(id) {
  Ti.API.info('start ' + id);
  const a = await delay(5, id * 10);
  const b = await (id + 1);
  if (id < 0) throw new Error('bad id ' + id);
  return a + b;
}
async function main() {
  const r = await load(1);
  Ti.API.info('r ' + r);
  try { await load(-1); } catch (e) { Ti.API.info('caught ' + e.message); }
  const all = await Promise.all([load(2), load(3)]);
  Ti.API.info('all ' + all.join());
  let total = 0;
  for (const x of [1, 2, 3]) { total += await delay(1, x); }
  Ti.API.info('total ' + total);
  return 'done';
}
main().then(function (v) { Ti.API.info('main ' + v); });
const arrow = async (x) => (await delay(1, x)) * 2;
arrow(21).then(v => Ti.API.info('arrow ' + v));
class Api {
  constructor() { this.base = 'b'; }
  async get(path) { await null; return this.base + path; }
}
new Api().get('/x').then(v => Ti.API.info('method ' + v));
async function noAwait() { return 5; }
noAwait().then(v => Ti.API.info('noAwait ' + v));
async function fails() { throw new TypeError('t'); }
fails().catch(e => Ti.API.info('fails ' + e.name));
Ti.API.info('sync end');
