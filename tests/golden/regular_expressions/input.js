// Regular expressions: literals and RegExp(), test/exec/lastIndex, and the string methods.
var url = 'https://raw.github.com/appcelerator/KitchenSink/images/dog@2x~iphone.jpg';
var isHttps = /^https:\/\//.test(url);
var name = url.replace(/^.*\//, '');
var parts = /(\w+)@(\d)x~(\w+)\.(jpg|png)$/.exec(name);
Ti.API.info(isHttps + ' ' + name + ' ' + parts[1] + ' ' + parts[2] + ' ' + parts[3] + ' ' + parts.index + ' ' + parts.length);
Ti.API.info('a1b22c333'.replace(/\d+/g, function (digits) { return '<' + digits.length + '>'; }));
Ti.API.info('John Smith'.replace(/(\w+)\s(\w+)/, '$2, $1 ($&) $$'));
Ti.API.info(JSON.stringify('x, y;z'.split(/[,;]\s*/)) + ' ' + 'aaa'.search(/b/) + ' ' + JSON.stringify('a1b2c3'.match(/\d/g)));
var words = /\w+/g;
var found = [];
var m;
while ((m = words.exec('one two three')) !== null) {
    found.push(m[0] + '@' + m.index + '/' + words.lastIndex);
}
Ti.API.info(found.join(' '));
var dynamic = new RegExp('DOG', 'i');
Ti.API.info(dynamic.test(url) + ' ' + dynamic.source + ' ' + dynamic.flags + ' ' + /end$/.test('the end\n') + ' ' + /é|\u00e9/.test('caf\u00e9'));
