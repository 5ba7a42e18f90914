// ES2015 collections and destructuring: entries() in for-of, Map chaining/forEach/spread, Set from a string, WeakMap/WeakSet, nested defaults, rest properties, labelled blocks, let inside a case
const arr = ['a', 'b', 'c'];
for (const [i, v] of arr.entries()) Ti.API.info(i + '=' + v);
const m = new Map();
m.set('k1', {n: 1}).set('k2', {n: 2});
Ti.API.info([...m.keys()].join() + ' ' + [...m.values()].map(o => o.n).join() + ' ' + m.size + ' ' + m.has('k1') + ' ' + m.get('zz'));
m.forEach((v, k) => Ti.API.info(k + ':' + v.n));
m.delete('k1');
Ti.API.info(JSON.stringify([...m]) + ' ' + JSON.stringify(m));
const s = new Set('hello');
Ti.API.info([...s].join('') + ' ' + s.size);
const wm = typeof WeakMap;
Ti.API.info(wm);
const {a = 1, b: {c} = {c: 2}} = {};
Ti.API.info(a + c);
const nums = [5, 1, 4];
const [min, max] = [Math.min(...nums), Math.max(...nums)];
Ti.API.info(`${min}-${max}`);
const copy = [...nums].sort((x, y) => x - y);
Ti.API.info(nums.join() + ' ' + copy.join());
const obj = {x: 1, y: 2};
const {x, ...others} = obj;
Ti.API.info(x + JSON.stringify(others));
label: {
  if (x === 1) break label;
  Ti.API.info('skipped');
}
Ti.API.info('after label');
switch (x) { case 1: { let scoped = 'one'; Ti.API.info(scoped); break; } default: Ti.API.info('other'); }
const cache = new WeakMap();
const keyObj = {id: 1};
cache.set(keyObj, 'cached');
Ti.API.info(cache.get(keyObj) + ' ' + cache.has({id: 1}) + ' ' + (cache instanceof WeakMap));
try { cache.set('str', 1); } catch (e) { Ti.API.info(e.name); }
const seen = new WeakSet([keyObj]);
Ti.API.info(seen.has(keyObj) + ' ' + seen.has({}));
