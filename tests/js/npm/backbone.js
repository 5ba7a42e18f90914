// backbone 1.4 from npm (with underscore): Events, Models, validation, Collections, sorting,
// extend, and sync through an app's own Backbone.sync (what runs without a DOM or jQuery: a
// Titanium app's adapter replaces the jQuery one), each check printing one line
// (tests/test_npm_libraries.py compares it with node's).
var Backbone = require('backbone');
var _ = require('underscore');
var c = require('./check');
var check = c.check;

check('VERSION', function () { return Backbone.VERSION.split('.').slice(0, 2).join('.'); });
check('no jQuery', function () { return typeof Backbone.$; });

// -- Events
check('on trigger', function () {
    var obj = _.extend({}, Backbone.Events), log = [];
    obj.on('alert', function (msg, n) { log.push(msg + n); });
    obj.trigger('alert', 'an event', 1);
    obj.trigger('alert', 'again', 2);
    return log;
});
check('event map and context', function () {
    var obj = _.extend({}, Backbone.Events), ctx = {name: 'ctx'}, log = [];
    obj.on({a: function () { log.push('a ' + this.name); }, b: function () { log.push('b ' + this.name); }}, ctx);
    obj.trigger('a b');
    return log;
});
check('all event', function () {
    var obj = _.extend({}, Backbone.Events), log = [];
    obj.on('all', function (name, x) { log.push(name + ':' + x); });
    obj.trigger('x', 1); obj.trigger('y', 2);
    return log;
});
check('off', function () {
    var obj = _.extend({}, Backbone.Events), log = [];
    var f = function () { log.push('f'); }, g = function () { log.push('g'); };
    obj.on('e', f); obj.on('e', g); obj.off('e', f); obj.trigger('e');
    obj.off(); obj.trigger('e');
    return log;
});
check('once', function () {
    var obj = _.extend({}, Backbone.Events), n = 0;
    obj.once('e', function () { n++; }); obj.trigger('e'); obj.trigger('e');
    return n;
});
check('listenTo stopListening', function () {
    var a = _.extend({}, Backbone.Events), b = _.extend({}, Backbone.Events), log = [];
    a.listenTo(b, 'ping', function (v) { log.push('heard ' + v + (this === a)); });
    b.trigger('ping', 1); a.stopListening(b); b.trigger('ping', 2);
    return log;
});
check('listenToOnce', function () {
    var a = _.extend({}, Backbone.Events), b = _.extend({}, Backbone.Events), n = 0;
    a.listenToOnce(b, 'x', function () { n++; }); b.trigger('x'); b.trigger('x');
    return n;
});

// -- Models
var Book = Backbone.Model.extend({
    defaults: {title: 'untitled', pages: 0, tags: []},
    initialize: function () { this.created = true; },
    validate: function (attrs) {
        if (!attrs.title) return 'a title is required';
        if (attrs.pages < 0) return 'pages must not be negative';
    },
    summary: function () { return this.get('title') + ' (' + this.get('pages') + ')'; }
});

check('defaults', function () { var b = new Book(); return b.toJSON(); });
check('initialize', function () { return new Book().created; });
check('get set has', function () { var b = new Book({title: 'JS'}); b.set('pages', 300); return [b.get('title'), b.get('pages'), b.has('title'), b.has('nope'), b.summary()]; });
check('set object', function () { var b = new Book(); b.set({title: 'a', pages: 2}); return b.attributes; });
check('escape', function () { return new Book({title: '<b>&</b>'}).escape('title'); });
check('unset clear', function () { var b = new Book({title: 'x', extra: 1}); b.unset('extra'); var had = b.has('extra'); b.clear(); return [had, b.toJSON()]; });
check('change events', function () {
    var b = new Book({title: 'a'}), log = [];
    b.on('change:title', function (m, v, opts) { log.push('title ' + m.previous('title') + '->' + v); });
    b.on('change', function (m) { log.push('change ' + _.keys(m.changed).join(',')); });
    b.set({title: 'b', pages: 5});
    b.set({title: 'b'});
    b.set({pages: 6}, {silent: true});
    return log;
});
check('changedAttributes', function () {
    var b = new Book({title: 'a', pages: 1});
    b.set({title: 'b'});
    return [b.hasChanged(), b.hasChanged('title'), b.hasChanged('pages'), b.changedAttributes(), b.changedAttributes({title: 'b', pages: 2}), b.previousAttributes().title];
});
check('id and isNew', function () { var b = new Book({title: 'x'}); var was = b.isNew(); b.set('id', 7); return [was, b.isNew(), b.id]; });
check('idAttribute', function () { var M = Backbone.Model.extend({idAttribute: '_id'}); var m = new M({_id: 'abc'}); return [m.id, m.isNew()]; });
check('cid', function () { var a = new Book(), b = new Book(); return [a.cid.charAt(0), a.cid !== b.cid]; });
check('clone', function () { var a = new Book({title: 'x', pages: 1}); var b = a.clone(); b.set('pages', 2); return [a.get('pages'), b.get('pages'), b instanceof Book]; });
check('model underscore methods', function () {
    var b = new Book({title: 't', pages: 3});
    return [b.keys(), b.values(), b.pairs(), b.pick('title'), b.omit('tags', 'pages'), b.isEmpty(), b.invert().t];
});
check('validation on set', function () {
    var b = new Book({title: 'ok'}), errors = [];
    b.on('invalid', function (m, error) { errors.push(error); });
    var result = b.set({pages: -1}, {validate: true});
    return [result, b.get('pages'), b.validationError, errors];
});
check('isValid', function () { var b = new Book({title: ''}); return [b.isValid(), b.validationError, new Book({title: 'y'}).isValid()]; });
check('set without validate', function () { var b = new Book({title: 'ok'}); b.set({pages: -5}); return b.get('pages'); });
check('parse option', function () {
    var M = Backbone.Model.extend({parse: function (resp) { return resp.data; }});
    return new M({data: {a: 1}}, {parse: true}).toJSON();
});
check('urlRoot url', function () { var M = Backbone.Model.extend({urlRoot: '/books'}); return [new M().url(), new M({id: 'x y'}).url()]; });
check('extend inheritance', function () {
    var Base = Backbone.Model.extend({hello: function () { return 'base ' + this.get('n'); }}, {kind: 'static'});
    var Sub = Base.extend({hello: function () { return 'sub+' + Base.prototype.hello.call(this); }});
    var s = new Sub({n: 1});
    return [s.hello(), Sub.kind, s instanceof Base, s instanceof Backbone.Model, Sub.__super__ === Base.prototype];
});
check('custom constructor', function () {
    var M = Backbone.Model.extend({constructor: function (attrs) { this.made = 'yes'; Backbone.Model.apply(this, arguments); }});
    var m = new M({a: 2}); return [m.made, m.get('a')];
});
check('toJSON stringify', function () { return JSON.stringify(new Book({title: 'j', pages: 1})); });

// -- Collections
var Library = Backbone.Collection.extend({model: Book, comparator: 'title'});
function shelf() {
    return new Library([{id: 1, title: 'Moby Dick', pages: 635}, {id: 2, title: 'Dune', pages: 412}, {id: 3, title: 'Emma', pages: 474}]);
}
check('collection sorted by comparator', function () { return shelf().pluck('title'); });
check('length at get', function () { var l = shelf(); return [l.length, l.at(0).get('title'), l.get(3).get('title'), l.get(l.at(1).cid).id, l.get({id: 99})]; });
check('get missing number id', function () { return shelf().get(99); });
check('model class', function () { var l = shelf(); return [l.at(0) instanceof Book, l.at(0).collection === l]; });
check('add remove events', function () {
    var l = shelf(), log = [];
    l.on('add', function (m, coll, opts) { log.push('add ' + m.get('title') + ' at ' + coll.indexOf(m)); });
    l.on('remove', function (m, coll, opts) { log.push('remove ' + m.get('title') + ' index ' + opts.index); });
    l.add({id: 4, title: 'Beloved', pages: 324});
    l.remove(2);
    return [log, l.pluck('id')];
});
check('add merge', function () { var l = shelf(); l.add({id: 1, pages: 1}, {merge: true}); l.add({id: 2, pages: 2}); return l.pluck('pages'); });
check('set smart update', function () {
    var l = shelf(), log = [];
    l.on('add remove change', function (m) { log.push(arguments.length > 2 ? 'event' : 'change'); });
    l.set([{id: 1, title: 'Moby Dick', pages: 1}, {id: 5, title: 'Ulysses'}]);
    return [l.pluck('id'), log.length];
});
check('reset', function () { var l = shelf(), fired = 0; l.on('reset', function (coll, opts) { fired = opts.previousModels.length; }); l.reset([{title: 'Only'}]); return [l.length, fired, l.at(0).get('pages')]; });
check('push pop shift unshift', function () {
    var l = new Backbone.Collection();
    l.push({n: 1}); l.push({n: 2}); l.unshift({n: 0});
    var popped = l.pop(), shifted = l.shift();
    return [popped.get('n'), shifted.get('n'), l.pluck('n')];
});
check('slice', function () { return _.map(shelf().slice(1, 3), function (m) { return m.id; }); });
check('where findWhere', function () { var l = shelf(); return [l.where({pages: 412}).length, l.findWhere({title: 'Emma'}).id]; });
check('collection underscore methods', function () {
    var l = shelf();
    return [
        l.map(function (m) { return m.get('pages'); }),
        l.filter(function (m) { return m.get('pages') > 450; }).length,
        l.reduce(function (sum, m) { return sum + m.get('pages'); }, 0),
        l.first().id, l.last().id, l.indexOf(l.get(3)), l.contains(l.get(1)),
        l.sortBy(function (m) { return -m.get('pages'); })[0].id,
        l.groupBy(function (m) { return m.get('pages') > 450 ? 'long' : 'short'; }).long.length,
        l.countBy(function (m) { return m.get('title').length; }),
        l.some(function (m) { return m.id === 2; }), l.every(function (m) { return m.id > 0; }),
        l.max(function (m) { return m.get('pages'); }).id, l.isEmpty(), l.size(), l.without(l.get(1)).length
    ];
});
check('comparator function', function () { var l = shelf(); l.comparator = function (m) { return m.get('pages'); }; l.sort(); return l.pluck('id'); });
check('comparator two args', function () { var l = shelf(); l.comparator = function (a, b) { return b.get('title') < a.get('title') ? -1 : 1; }; l.sort(); return l.pluck('title'); });
check('sort event', function () { var l = shelf(), n = 0; l.on('sort', function () { n++; }); l.add({title: 'Aaa'}); l.sort(); return [n, l.at(0).get('title')]; });
check('sortedIndex by comparator', function () { var l = shelf(); return l.sortedIndex(new Book({title: 'Frankenstein'}), 'title'); });
check('model change re-sorts', function () {
    var l = shelf(); l.get(2).set('title', 'Zorba'); l.sort(); return l.pluck('title');
});
check('change bubbles', function () {
    var l = shelf(), log = [];
    l.on('change:pages', function (m, v) { log.push(m.id + '=' + v); });
    l.get(3).set('pages', 1);
    return log;
});
check('model destroy without url', function () {
    var l = shelf(); var m = l.get(1); var r = m.destroy(); return [r, l.length];
});
check('collection toJSON', function () { return shelf().toJSON(); });
check('modelId', function () { var l = new Backbone.Collection([{id: 1}]); return [l.modelId({id: 5}), l.get(1).id]; });
check('collection validate add', function () {
    var l = new Library(); var invalid = []; l.on('invalid', function (m, e) { invalid.push(e); });
    var added = l.add({title: ''}, {validate: true}); return [added, l.length, invalid];
});
check('clone collection', function () { var l = shelf(); var k = l.clone(); k.remove(1); return [l.length, k.length]; });
check('pluck invoke', function () { return shelf().invoke('summary'); });

// -- sync through the app's own adapter (no jQuery): save, fetch, destroy, errors
var requests = [];
Backbone.sync = function (method, model, options) {
    requests.push(method + ' ' + _.result(model, 'url'));
    if (model.get && model.get('fail')) {
        options.error({status: 500});
        return 'failed';
    }
    var response = method === 'read' ? (model instanceof Backbone.Collection ? [{id: 9, title: 'Fetched'}] : {title: 'From server'}) : {id: 42};
    options.success(response);
    return 'sent';
};
var Remote = Book.extend({urlRoot: '/api/books'});
check('save', function () {
    var m = new Remote({title: 'New'}), log = [];
    m.on('sync', function () { log.push('sync'); });
    m.on('request', function () { log.push('request'); });
    var r = m.save(null, {success: function (model, resp) { log.push('success ' + resp.id); }});
    return [r, m.id, m.isNew(), log, requests.slice(-1)];
});
check('save invalid', function () { var m = new Remote({title: 'x'}); return [m.save({title: ''}), m.validationError]; });
check('fetch model', function () { var m = new Remote({id: 3}); m.fetch(); return [m.get('title'), requests.slice(-1)]; });
check('fetch collection', function () {
    var L = Backbone.Collection.extend({model: Remote, url: '/api/books'}), l = new L([{id: 1, title: 'old'}]);
    l.fetch(); return [l.pluck('title'), l.at(0) instanceof Remote];
});
check('create', function () { var L = Backbone.Collection.extend({model: Remote, url: '/api/books'}); var l = new L(); var m = l.create({title: 'C'}); return [l.length, m.id]; });
check('destroy', function () { var l = new Backbone.Collection([], {model: Remote}); var m = l.add({id: 5, title: 'd'}); m.destroy({wait: true}); return [l.length, requests.slice(-1)]; });
check('error callback', function () {
    var m = new Remote({title: 'x', fail: true}), log = [];
    m.on('error', function (model, resp) { log.push('error ' + resp.status); });
    m.save(); return log;
});
check('patch', function () { var m = new Remote({id: 8, title: 'p'}); m.save({pages: 1}, {patch: true}); return requests.slice(-1); });
check('requests', function () { return requests.length; });

// -- noConflict and the library object
check('noConflict', function () { return typeof Backbone.noConflict; });
check('Events on Backbone', function () { var n = 0; Backbone.on('global', function () { n++; }); Backbone.trigger('global'); Backbone.off('global'); Backbone.trigger('global'); return n; });
