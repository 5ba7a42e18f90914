// regex flags and groups
var m = /(?:ti)(\d+)\.(\d+)/i.exec('TI12.5 and ti3.4');
Ti.API.info(m[0] + ' ' + m[1] + ' ' + m[2] + ' ' + m.index + ' ' + /^a.c$/m.test('x\nabc\ny') + ' ' + /a.c/.test('a\nc'));
