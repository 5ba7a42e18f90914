// `a?.b.c` short-circuits the whole chain wherever it stands: a declaration, a return, a
// default, an object or array literal.
var user = null;
var name = user?.profile.name;
let size = user?.items.length, first = user?.items[0].title;
Ti.API.info(String(name), String(size), String(first));

var people = { ann: { profile: { name: 'Ann' } } };
const found = people.ann?.profile.name, missing = people.bob?.profile.name;
Ti.API.info(found, String(missing));

function pick(o) {
    return o?.profile.name.toUpperCase();
}
Ti.API.info(pick(people.ann), String(pick(undefined)));

var box = { label: user?.profile.name, list: [people.bob?.profile.name, people.ann?.profile.name] };
Ti.API.info(String(box.label), String(box.list[0]), box.list[1]);

var call = user?.greet().loudly();
Ti.API.info(String(call));
