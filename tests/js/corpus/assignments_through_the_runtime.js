// chained and compound assignments to properties of values of unknown type, _-named members
var store = JSON.parse('{}'), key = 'id', a, b;
a = b = store[key] = 7;
function Counter() { this._n = 1; this.__hidden = 'h'; }
Counter.prototype.bump = function () { this._n++; this._n += 10; ++this._n; this['_n'] -= 2; return this._n; };
var c = new Counter();
Ti.API.info(a, b, store.id, c.bump(), c.__hidden, JSON.stringify(c));
var counts = JSON.parse('{}');
['a', 'b', 'a'].forEach(function (k) { counts[k] = (counts[k] || 0) + 1; });
Ti.API.info(JSON.stringify(counts));
