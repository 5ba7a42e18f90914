// strings repeat pad
var s = 'ab';
Ti.API.info(s.repeat(3) + ' ' + 'x'.concat('y', 1, null) + ' ' + 'hello'.startsWith('he') + ' ' + 'hello'.endsWith('lo') + ' ' + 'hello'.includes('ll'));
