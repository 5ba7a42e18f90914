// generators: ranges, next() protocol, values sent in, yield* of generators/arrays/strings, return() running finally, throw() caught inside, generator methods, infinite sequences with break, lazy start
function* range(start, end, step) {
  for (let i = start; i < end; i += (step || 1)) yield i;
  return 'finished';
}
Ti.API.info([...range(0, 5)].join() + ' ' + Array.from(range(0, 10, 3)).join());
const it = range(0, 2);
Ti.API.info(JSON.stringify(it.next()) + JSON.stringify(it.next()) + JSON.stringify(it.next()) + JSON.stringify(it.next()));
function* echo() { let received = []; while (true) { const v = yield received.length; if (v === 'stop') return received; received.push(v); } }
const e = echo();
e.next('ignored'); e.next('a'); e.next('b');
Ti.API.info(JSON.stringify(e.next('stop')) + ' ' + JSON.stringify(e.next()));
function* inner() { yield 1; yield 2; return 'inner done'; }
function* outer() { const r = yield* inner(); yield r; yield* [7, 8]; yield* 'hi'; }
Ti.API.info([...outer()].join('|'));
function* guarded() { try { yield 1; yield 2; } finally { Ti.API.info('cleanup'); } }
const g = guarded();
g.next();
Ti.API.info(JSON.stringify(g.return(42)) + ' ' + JSON.stringify(g.next()));
function* catcher() { try { yield 1; } catch (err) { yield 'caught ' + err.message; } }
const c = catcher();
c.next();
Ti.API.info(c.throw(new Error('boom')).value);
const obj = { *items() { yield 'x'; yield 'y'; } };
for (const v of obj.items()) Ti.API.info('item ' + v);
function* fib() { let [a, b] = [0, 1]; while (true) { yield a; [a, b] = [b, a + b]; } }
const first = [];
for (const n of fib()) { if (n > 50) break; first.push(n); }
Ti.API.info(first.join());
function* lazy() { Ti.API.info('body runs'); }
const l = lazy();
Ti.API.info('created');
l.next();
