// Map and Set iterate live: entries deleted before they are reached are skipped, entries added
// meanwhile are visited; keys()/values()/entries() are iterators with next().
var cache = new Map([['a', 1], ['b', 2], ['c', 3]]);
var visited = [];
cache.forEach(function (value, key) {
  visited.push(key + '=' + value);
  if (key === 'a') { cache.delete('b'); cache.set('d', 4); }
});
Ti.API.info(visited.join(','));
var keys = cache.keys();
var first = keys.next();
Ti.API.info(first.value + ' ' + first.done + ' ' + typeof keys.next);
var queue = new Set(['job1']);
var done = [];
for (var job of queue) {
  done.push(job);
  if (done.length < 3) queue.add('job' + (done.length + 1));
}
Ti.API.info(done.join(',') + ' ' + queue.size);
var entries = queue.entries();
queue.clear();
queue.add('late');
Ti.API.info(JSON.stringify(entries.next()) + ' ' + entries.next().done);
Ti.API.info([...cache.values()].join('+') + ' ' + Array.from(cache.entries()).join('|'));
Ti.API.info(Object.getPrototypeOf(new Map()) === Map.prototype, Map.hasOwnProperty('prototype'),
            Object.getOwnPropertyNames(Date).join(), Number.hasOwnProperty('MAX_VALUE'),
            Object.keys(Number).length, Object.getPrototypeOf(5) === Number.prototype);
