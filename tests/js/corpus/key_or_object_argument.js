// A lookup that takes either a key (a string or a number) or an object holding one, as
// collection libraries do: the named reads of the key give undefined, not an error.
var byId = { a: { id: 'a', name: 'Ann' }, 7: { id: 7, name: 'Seven' } };
function get(obj) {
    if (obj == null) return undefined;
    return byId[obj] || byId[obj.id] || (obj.cid && byId[obj.cid]);
}
var found = [get('a'), get(7), get({ id: 'a' }), get({ cid: 7 }), get('zz'), get(99), get(true), get(null)];
found.forEach(function (item, i) { Ti.API.info(i + ': ' + (item ? item.name : String(item))); });
