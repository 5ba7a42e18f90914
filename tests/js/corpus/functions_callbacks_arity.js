// functions callbacks arity
function each(xs, fn) { for (var i = 0; i < xs.length; i++) { fn(xs[i], i, xs); } }
var out = [];
each(['a', 'b'], function (x) { out.push(x); });
each(['c'], function (x, i, all) { out.push(x + i + all.length); });
Ti.API.info(out.join(' '));
