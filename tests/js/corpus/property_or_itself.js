// A list of objects or of strings: `x.name || x` reads a property a string lacks (undefined in JS).
var items = ['a', {name: 'b'}, 3];
for (var i = 0; i < items.length; i++) {
  Ti.API.info(items[i].name || items[i]);
}
function label(x) { return x.title || x; }
Ti.API.info(label('plain') + ' ' + label({title: 'T'}));
function tag(event) {
  event = event.type ? event : { type: event };
  var kind = event.kind || event;
  event.type = kind === event ? 'same' : kind;  // a store into the value, beside its fallback
  event.count++;
  return event.type + ' ' + event.count;
}
Ti.API.info(tag('click') + ' / ' + tag({ type: 't', kind: 'k', count: 1 }));
