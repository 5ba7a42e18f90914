// Promises: then chains over timers, catch, Promise.all/allSettled/race/resolve, finally, thenables, executors that throw, microtasks before timers
// (timers are 120 ms apart: under load, both node and the runtime can start timers tens of
// milliseconds late, and node itself reorders timers due 1-5 ms apart)
function fetchLater(v, ms) { return new Promise(function (resolve, reject) { setTimeout(function () { if (v < 0) reject(new Error('neg ' + v)); else resolve(v * 2); }, ms); }); }
fetchLater(2, 600).then(function (r) { Ti.API.info('then ' + r); return fetchLater(r, 120); }).then(function (r2) { Ti.API.info('chained ' + r2); });
fetchLater(-1, 240).catch(function (e) { Ti.API.info('caught ' + e.message); });
Promise.all([fetchLater(1, 360), fetchLater(2, 480), 7]).then(function (all) { Ti.API.info('all ' + all.join()); });
Promise.resolve(5).then(function (v) { Ti.API.info('resolved ' + v); });
Ti.API.info('sync first');
var p = Promise.reject(new Error('x')); p.catch(function (e) { Ti.API.info('handled ' + e.message); });
setTimeout(function(){ Ti.API.info('later'); }, 0);
Promise.resolve(1).finally(function () { Ti.API.info('fin'); }).then(function (v) { Ti.API.info('v ' + v); });
new Promise(function () { throw new TypeError('bad'); }).catch(function (e) { Ti.API.info(e.name + ' ' + e.message); });
Promise.allSettled([1, Promise.reject('no')]).then(function (r) { Ti.API.info(JSON.stringify(r)); });
Promise.race([new Promise(function (r) { setTimeout(r, 900, 'slow'); }), new Promise(function (r) { setTimeout(r, 120, 'fast'); })]).then(function (v) { Ti.API.info('race ' + v); });
var thenable = {then: function (ok) { ok(42); }};
Promise.resolve(thenable).then(function (v) { Ti.API.info('thenable ' + v); });
Promise.resolve().then(function () { Ti.API.info('micro 1'); });
Ti.API.info('sync');
