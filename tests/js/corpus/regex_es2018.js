// ES2018 regexes the parser used to refuse: named groups and $<name>, lookbehind, the s and y flags; u with astral characters; replace callbacks with offsets
var m = '2024-03-15'.match(/(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})/);
Ti.API.info(m.groups.y + '/' + m.groups.m + ' ' + m[3] + ' ' + m.length);
Ti.API.info('price: $42'.replace(/(?<=\$)\d+/, 'XX') + ' ' + 'a1b2'.replace(/\d(?!b)/g, '#'));
Ti.API.info('2024-03-15'.replace(/(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})/, '$<d>.$<m>.$<y>'));
var re = /\w+/y;
re.lastIndex = 3;
Ti.API.info(re.test('ab cd') + ' ' + re.lastIndex);
Ti.API.info(/^.$/u.test('😀') + ' ' + '😀'.match(/./gu).length);
Ti.API.info(/a.c/s.test('a\nc') + ' ' + /a.c/.test('a\nc') + ' ' + /\bfoo\b/i.test('A FOO!'));
var all = [];
'x1y22z333'.replace(/\d+/g, function (match, offset) { all.push(match + '@' + offset); return match; });
Ti.API.info(all.join());
Ti.API.info('one two  three'.split(/(\s+)/).length + ' ' + JSON.stringify('a,b'.match(/(x)?,/)));
Ti.API.info(new RegExp('a+', 'gi').source + ' ' + new RegExp('a+', 'gi').flags + ' ' + /[\u00e9]/.test('é') + ' ' + new RegExp('\\d').test('5'));
Ti.API.info('aBc'.search(/[A-Z]/) + ' ' + 'test'.match(/x/) + ' ' + 'tést'.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
