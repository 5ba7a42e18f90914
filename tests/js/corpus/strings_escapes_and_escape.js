// string literal escapes (\x41, \u{1F600}, line continuations), multi-line templates, escape/unescape
var s = '\u00e9\x41\t|\'"\\|\u{1F600}';
Ti.API.info(s + ' ' + s.length);
var t = `line1
line2 ${1 + 1} \${not} \u0041`;
Ti.API.info(t + ' ' + t.split('\n').length);
Ti.API.info('a\
b');
Ti.API.info(JSON.stringify({s: s}) + ' ' + encodeURIComponent('é'));
Ti.API.info(escape ? 'x' : 'y');
Ti.API.info(escape('a b+c/é€😀?') + ' ' + unescape(escape('a b+c/é€😀?')) + ' ' + unescape('%41%u00e9%zz'));
