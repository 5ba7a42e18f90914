// underscore 1.13 from npm: collections, arrays, functions, objects, utilities, templates and
// chaining, each check printing one line (tests/test_npm_libraries.py compares it with node's).
var _ = require('underscore');
var c = require('./check');
var check = c.check;

var stooges = [{name: 'moe', age: 40}, {name: 'larry', age: 50}, {name: 'curly', age: 60}];
var numbers = [5, 1, 4, 2, 3];

check('VERSION', function () { return _.VERSION.split('.').slice(0, 2).join('.'); });

// -- collections
check('each array', function () { var out = []; _.each([1, 2, 3], function (v, i, list) { out.push(v * i + list.length); }); return out; });
check('each object', function () { var out = []; _.each({a: 1, b: 2}, function (v, k) { out.push(k + v); }); return out; });
check('each context', function () { var out = []; _.each([1, 2], function (v) { out.push(v * this.k); }, {k: 10}); return out; });
check('map', function () { return _.map(numbers, function (n) { return n * 3; }); });
check('map object', function () { return _.map({one: 1, two: 2}, function (v, k) { return k + '=' + v; }); });
check('map property', function () { return _.map(stooges, 'name'); });
check('reduce', function () { return _.reduce([1, 2, 3, 4], function (memo, n) { return memo + n; }, 0); });
check('reduce no memo', function () { return _.reduce(['a', 'b', 'c'], function (memo, s) { return memo + s; }); });
check('reduceRight', function () { return _.reduceRight([[0, 1], [2, 3], [4, 5]], function (a, b) { return a.concat(b); }, []); });
check('find', function () { return _.find(numbers, function (n) { return n % 2 === 0; }); });
check('find none', function () { return _.find(numbers, function (n) { return n > 10; }); });
check('filter', function () { return _.filter(numbers, function (n) { return n % 2; }); });
check('where', function () { return _.where(stooges, {age: 50}); });
check('findWhere', function () { return _.findWhere(stooges, {name: 'curly'}); });
check('reject', function () { return _.reject(numbers, function (n) { return n > 2; }); });
check('every', function () { return [_.every([2, 4], function (n) { return n % 2 === 0; }), _.every([true, 1, null])]; });
check('some', function () { return [_.some([null, 0, 'yes']), _.some([null, 0])]; });
check('contains', function () { return [_.contains([1, 2, 3], 3), _.contains({a: 'x'}, 'x'), _.contains([1, 2, 3], 1, 1)]; });
check('invoke', function () { return _.invoke([[5, 1, 7], [3, 2, 1]], 'sort'); });
check('invoke join', function () { return _.invoke([['a', 'b'], ['c']], 'join', '-'); });
check('pluck', function () { return _.pluck(stooges, 'age'); });
check('max', function () { return [_.max(numbers), _.max(stooges, function (s) { return s.age; }).name, _.max([])]; });
check('min', function () { return [_.min(numbers), _.min(stooges, 'age').name, _.min([])]; });
check('sortBy', function () { return _.sortBy([1, 2, 3, 4, 5, 6], function (n) { return Math.sin(n); }); });
check('sortBy key', function () { return _.pluck(_.sortBy(stooges.concat([{name: 'al', age: 45}]), 'age'), 'name'); });
check('sortBy stable', function () { return _.sortBy(['bb', 'a', 'cc', 'd'], 'length'); });
check('groupBy', function () { return _.groupBy([1.3, 2.1, 2.4], function (n) { return Math.floor(n); }); });
check('groupBy length', function () { return _.groupBy(['one', 'two', 'three'], 'length'); });
check('indexBy', function () { return _.indexBy(stooges, 'age'); });
check('countBy', function () { return _.countBy([1, 2, 3, 4, 5], function (n) { return n % 2 === 0 ? 'even' : 'odd'; }); });
check('shuffle keeps items', function () { return _.shuffle([1, 2, 3, 4]).sort(); });
check('sample one', function () { return _.contains([1, 2, 3], _.sample([1, 2, 3])); });
check('toArray', function () { return [_.toArray({a: 1, b: 2}), _.toArray('abc'), (function () { return _.toArray(arguments).slice(1); })(1, 2, 3)]; });
check('size', function () { return [_.size({one: 1, two: 2, three: 3}), _.size([1, 2]), _.size('abcd'), _.size(null)]; });
check('partition', function () { return _.partition([0, 1, 2, 3, 4, 5], function (n) { return n % 2; }); });

// -- arrays
check('first', function () { return [_.first([5, 4, 3]), _.first([5, 4, 3], 2), _.first([])]; });
check('initial', function () { return [_.initial([5, 4, 3, 2]), _.initial([5, 4, 3, 2], 3)]; });
check('last', function () { return [_.last([5, 4, 3]), _.last([5, 4, 3], 2)]; });
check('rest', function () { return [_.rest([5, 4, 3]), _.rest([5, 4, 3], 2)]; });
check('compact', function () { return _.compact([0, 1, false, 2, '', 3, null, NaN, undefined]); });
check('flatten', function () { return [_.flatten([1, [2], [3, [[4]]]]), _.flatten([1, [2], [3, [[4]]]], true), _.flatten([1, [2, [3, [4]]]], 2)]; });
check('without', function () { return _.without([1, 2, 1, 0, 3, 1, 4], 0, 1); });
check('union', function () { return _.union([1, 2, 3], [101, 2, 1, 10], [2, 1]); });
check('intersection', function () { return _.intersection([1, 2, 3], [101, 2, 1, 10], [2, 1]); });
check('difference', function () { return _.difference([1, 2, 3, 4, 5], [5, 2, 10]); });
check('uniq', function () { return [_.uniq([1, 2, 1, 4, 1, 3]), _.uniq([1, 1, 2, 3, 3], true), _.uniq(['A', 'a', 'b'], function (s) { return s.toLowerCase(); })]; });
check('zip', function () { return _.zip(['moe', 'larry'], [30, 40], [true, false]); });
check('unzip', function () { return _.unzip([['moe', 30, true], ['larry', 40, false]]); });
check('object', function () { return [_.object(['moe', 'larry'], [30, 40]), _.object([['a', 1], ['b', 2]])]; });
check('chunk', function () { return [_.chunk([1, 2, 3, 4, 5], 2), _.chunk([1], 0)]; });
check('indexOf', function () { return [_.indexOf([1, 2, 3], 2), _.indexOf([1, 2, 3], 4), _.indexOf([1, 2, 3, 1], 1, 1), _.indexOf([NaN], NaN), _.indexOf([10, 20, 30], 20, true)]; });
check('lastIndexOf', function () { return [_.lastIndexOf([1, 2, 3, 1, 2, 3], 2), _.lastIndexOf([1, 2, 3, 1, 2, 3], 2, 3)]; });
check('sortedIndex', function () { return [_.sortedIndex([10, 20, 30, 40, 50], 35), _.sortedIndex(stooges, {age: 55}, 'age')]; });
check('findIndex', function () { return [_.findIndex([4, 6, 8, 12], function (n) { return n > 5; }), _.findIndex([1], function () { return false; })]; });
check('findLastIndex', function () { return _.findLastIndex(stooges, function (s) { return s.age < 55; }); });
check('range', function () { return [_.range(5), _.range(1, 6), _.range(0, 30, 5), _.range(0, -5, -1), _.range(0)]; });

// -- functions
check('bind', function () { var f = _.bind(function (greeting, p) { return greeting + ': ' + this.name + p; }, {name: 'moe'}, 'hi'); return f('!'); });
check('bind new', function () { var P = function (a, b) { this.sum = a + b; }; var Bound = _.bind(P, {ignored: true}, 1); var o = new Bound(2); return [o.sum, o instanceof P]; });
check('bindAll', function () { var view = {label: 'v', onClick: function () { return 'clicked ' + this.label; }}; _.bindAll(view, 'onClick'); var f = view.onClick; return f(); });
check('partial', function () { var sub = function (a, b) { return b - a; }; return [_.partial(sub, 5)(20), _.partial(sub, _, 5)(20)]; });
check('memoize', function () { var calls = 0; var fib = _.memoize(function (n) { calls++; return n < 2 ? n : fib(n - 1) + fib(n - 2); }); return [fib(20), calls, _.keys(fib.cache).length]; });
check('memoize hasher', function () { var m = _.memoize(function (a, b) { return a + b; }, function (a, b) { return a + '|' + b; }); return [m(1, 2), m(1, 3), _.keys(m.cache)]; });
check('once', function () { var n = 0; var init = _.once(function () { return ++n; }); init(); init(); return [n, init()]; });
check('after', function () { var log = []; var done = _.after(3, function () { log.push('done'); }); done(); done(); done(); done(); return log; });
check('before', function () { var n = 0; var f = _.before(3, function () { return ++n; }); return [f(), f(), f(), f(), n]; });
check('wrap', function () { var hello = function (name) { return 'hi: ' + name; }; return _.wrap(hello, function (func) { return 'before, ' + func('moe') + ', after'; })(); });
check('negate', function () { return _.filter([1, 2, 3, 4], _.negate(function (n) { return n % 2; })); });
check('compose', function () { var greet = function (name) { return 'hi: ' + name; }; var exclaim = function (s) { return s.toUpperCase() + '!'; }; return _.compose(greet, exclaim)('moe'); });
check('restArguments', function () { var f = _.restArguments(function (a, rest) { return [a, rest]; }); return [f(1, 2, 3), f(1)]; });
check('iteratee', function () { return [_.iteratee('a')({a: 7}), _.iteratee({a: 1})({a: 1, b: 2}), _.iteratee()(9)]; });

// -- objects
check('keys', function () { return [_.keys({one: 1, two: 2, three: 3}), _.keys(null), _.keys('ab')]; });
check('allKeys', function () { function S(n) { this.name = n; } S.prototype.silly = true; return _.allKeys(new S('moe')); });
check('values', function () { return _.values({one: 1, two: 2, three: 3}); });
check('mapObject', function () { return _.mapObject({start: 5, end: 12}, function (v, k) { return v + 5 + k.length; }); });
check('pairs', function () { return _.pairs({one: 1, two: 2}); });
check('invert', function () { return _.invert({Moe: 'Moses', Larry: 'Louis'}); });
check('create', function () { var proto = {hi: function () { return 'hi ' + this.n; }}; var o = _.create(proto, {n: 'x'}); return [o.hi(), _.has(o, 'hi'), _.has(o, 'n')]; });
check('functions', function () { return _.functions({a: function () {}, b: 1, c: function () {}}); });
check('findKey', function () { return _.findKey({a: 1, b: 20, c: 3}, function (v) { return v > 10; }); });
check('extend', function () { return _.extend({name: 'moe'}, {age: 50}, {name: 'curly'}); });
check('extendOwn', function () { var P = function () { this.own = 1; }; P.prototype.inh = 2; return _.extendOwn({}, new P()); });
check('pick', function () { return [_.pick({name: 'moe', age: 50, userid: 'moe1'}, 'name', 'age'), _.pick({a: 1, b: 'x'}, function (v) { return _.isNumber(v); })]; });
check('omit', function () { return [_.omit({name: 'moe', age: 50, userid: 'moe1'}, 'userid'), _.omit({a: 1, b: 'x'}, _.isString)]; });
check('defaults', function () { return _.defaults({flavor: 'chocolate'}, {flavor: 'vanilla', sprinkles: 'lots'}); });
check('clone', function () { var a = {name: 'moe', list: [1]}; var b = _.clone(a); b.name = 'x'; b.list.push(2); return [a.name, a.list, _.clone([1, 2]), _.clone(3)]; });
check('tap', function () { var seen; var r = _.chain([1, 2, 3]).filter(function (n) { return n > 1; }).tap(function (a) { seen = a.length; }).map(function (n) { return n * n; }).value(); return [r, seen]; });
check('has', function () { return [_.has({a: 1}, 'a'), _.has({a: {b: 2}}, ['a', 'b']), _.has({}, 'toString')]; });
check('property', function () { return [_.property('name')(stooges[0]), _.property(['a', 'b'])({a: {b: 5}})]; });
check('propertyOf', function () { return _.propertyOf({name: 'x'})('name'); });
check('matcher', function () { return _.filter(stooges, _.matcher({age: 60})); });
check('get', function () { return [_.get({a: {b: [1, 2]}}, ['a', 'b', 1]), _.get({}, 'x', 'dflt')]; });
check('isEqual', function () {
    var a = {name: 'moe', luckyNumbers: [13, 27, 34], when: new Date(1000), re: /a/g};
    var b = {name: 'moe', luckyNumbers: [13, 27, 34], when: new Date(1000), re: /a/g};
    return [a == b, _.isEqual(a, b), _.isEqual([1, {x: 2}], [1, {x: 3}]), _.isEqual(NaN, NaN), _.isEqual(0, -0), _.isEqual(new Date(1), new Date(2))];
});
check('isMatch', function () { return [_.isMatch({name: 'moe', age: 32}, {age: 32}), _.isMatch({a: 1}, {a: 2})]; });
check('isEmpty', function () { return [_.isEmpty([]), _.isEmpty({}), _.isEmpty(''), _.isEmpty([1]), _.isEmpty({a: 1}), _.isEmpty(null)]; });
check('isArray', function () { return [_.isArray([]), _.isArray({length: 0}), (function () { return _.isArray(arguments); })()]; });
check('isObject', function () { return [_.isObject({}), _.isObject([]), _.isObject(function () {}), _.isObject(1), _.isObject(null)]; });
check('isArguments', function () { return [(function () { return _.isArguments(arguments); })(1), _.isArguments([1])]; });
check('isFunction', function () { return [_.isFunction(alert), _.isFunction(function () {}), _.isFunction({}), _.isFunction(/x/)]; });
check('isString', function () { return [_.isString('x'), _.isString(1)]; });
check('isNumber', function () { return [_.isNumber(8.4 * 5), _.isNumber('1'), _.isNumber(NaN)]; });
check('isFinite', function () { return [_.isFinite(-101), _.isFinite(-Infinity), _.isFinite('12'), _.isFinite('x')]; });
check('isBoolean', function () { return [_.isBoolean(null), _.isBoolean(false)]; });
check('isDate', function () { return [_.isDate(new Date()), _.isDate('2020-01-01')]; });
check('isRegExp', function () { return [_.isRegExp(/moe/), _.isRegExp('moe')]; });
check('isError', function () { return [_.isError(new Error('x')), _.isError(new TypeError('y')), _.isError({message: 'x'})]; });
check('isSymbol isMap isSet', function () { return [_.isMap(new Map()), _.isSet(new Set()), _.isMap({}), _.isWeakMap(new WeakMap())]; });
check('isNaN', function () { return [_.isNaN(NaN), isNaN(undefined), _.isNaN(undefined)]; });
check('isNull isUndefined', function () { return [_.isNull(null), _.isNull(undefined), _.isUndefined(undefined), _.isUndefined(null)]; });
check('toPath', function () { return [_.toPath('a'), _.toPath(['a', 'b'])]; });

// -- utility
check('identity constant noop', function () { return [_.identity(3), _.constant({a: 1})(), _.noop()]; });
check('times', function () { return _.times(3, function (n) { return n * n; }); });
check('random range', function () { var r = _.random(5, 10); return r >= 5 && r <= 10 && r === Math.floor(r); });
check('mixin', function () { _.mixin({capitalize: function (s) { return s.charAt(0).toUpperCase() + s.substring(1).toLowerCase(); }}); return [_.capitalize('fabio'), _('moe').capitalize()]; });
check('uniqueId', function () { var a = _.uniqueId('contact_'); var b = _.uniqueId(); return [a.indexOf('contact_'), Number(b) > Number(a.slice(8))]; });
check('escape', function () { return _.escape('Curly, Larry & Moe <a href="x">\'`'); });
check('unescape', function () { return _.unescape('Curly, Larry &amp; Moe &lt;b&gt; &#x27; &quot;'); });
check('result', function () { var o = {cheese: 'crumpets', stuff: function () { return 'nonsense ' + this.cheese; }}; return [_.result(o, 'cheese'), _.result(o, 'stuff'), _.result(o, 'meat', 'ham')]; });
check('now', function () { return typeof _.now() === 'number' && _.now() > 1e12; });

// -- templates
check('template variable', function () { return _.template('hello: <%= data.name %>', {variable: 'data'})({name: 'moe'}); });
check('template escape variable', function () { return _.template('<b><%- v.value %></b>', {variable: 'v'})({value: '<script>'}); });
check('template evaluate variable', function () { return _.template('<% _.each(d.people, function(name) { %><li><%= name %></li><% }); %>', {variable: 'd'})({people: ['moe', 'curly']}); });
check('template print variable', function () { return _.template('<% print("Hello " + o.epithet); %>', {variable: 'o'})({epithet: 'stooge'}); });
check('template settings variable', function () { return _.template('Hello {{ it.name }}!', {interpolate: /\{\{(.+?)\}\}/g, variable: 'it'})({name: 'Mustache'}); });
check('template source', function () { return typeof _.template('<%= x.a %>', {variable: 'x'}).source; });
check('template with', function () { return _.template('hello: <%= name %>')({name: 'moe'}); });
check('template with evaluate', function () { return _.template('<% if (ok) { %>yes<% } else { %>no<% } %> <%- title %>')({ok: true, title: 'a&b'}); });

// -- chaining
check('chain', function () {
    return _.chain(stooges).sortBy(function (s) { return -s.age; }).map(function (s) { return s.name + ' is ' + s.age; }).first().value();
});
check('chain array methods', function () { return _([3, 1, 2]).chain().sort().reverse().push(0).join('-').value(); });
check('wrapped', function () { return [_([1, 2, 3]).map(function (n) { return n * 2; }), _([1, 2, 3]).value(), String(_('x'))]; });
check('chain groupBy keys', function () { return _.chain([1, 2, 3, 4, 5, 6]).groupBy(function (n) { return n % 3; }).keys().value(); });
check('chain reduce', function () { return _.chain({a: 1, b: 2, c: 3}).pairs().map(function (p) { return p[0] + p[1]; }).reduce(function (m, s) { return m + s; }, '').value(); });
check('noConflict absent', function () { return typeof _.noConflict; });

// -- asynchronous helpers (timers), from a job of their own: timers count from the start of the
// job that sets them, and the first job also loaded the library
setTimeout(function () {
    var timerLog = [];
    _.delay(function (a) { timerLog.push('delay ' + a); }, 20, 'x');
    _.defer(function () { timerLog.push('defer'); });
    var debounced = _.debounce(function (n) { timerLog.push('debounce ' + n); }, 10);
    debounced(1); debounced(2); debounced(3);
    var throttled = _.throttle(function (n) { timerLog.push('throttle ' + n); }, 30);
    throttled(1); throttled(2);
    setTimeout(function () { check('timers', function () { return timerLog; }); }, 150);
}, 0);
