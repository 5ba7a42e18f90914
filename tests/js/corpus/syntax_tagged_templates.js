// Tagged templates: the tag gets the cooked strings (with .raw) and the values; one strings
// array per template, the same each time it runs; a member tag is called as a method.
function tag(strings, ...values) {
  return strings.raw.join('|') + ' / ' + strings.join('|').replace('\n', '<nl>') + ' / ' + values.join(',');
}
Ti.API.info(tag`a${1}b\n${2}c`);
function same(s) { return s; }
var seen = [];
for (var i = 0; i < 2; i++) seen.push(same`x`);
Ti.API.info(seen[0] === seen[1], same`x` === seen[0], seen[0].length, seen[0].raw.length);
var obj = { t(s, v) { return this.name + s[0] + v; }, name: 'obj:' };
Ti.API.info(obj.t`hello ${42}`);
Ti.API.info(((s) => s[0] === undefined && s.raw[0] === '\\unicode')`\unicode`);
function html(strings, ...values) {
  return strings.reduce(function (out, text, index) {
    return out + text + (index < values.length ? String(values[index]).toUpperCase() : '');
  }, '');
}
Ti.API.info(html`<b>${'bold'}</b> and ${'more'}`);
