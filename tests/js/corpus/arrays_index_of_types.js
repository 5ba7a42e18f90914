// arrays index of types
var a = [1, '1', true, null, undefined, NaN];
Ti.API.info([a.indexOf(1), a.indexOf('1'), a.indexOf(true), a.indexOf(null), a.indexOf(undefined), a.indexOf(NaN)].join(' '));
