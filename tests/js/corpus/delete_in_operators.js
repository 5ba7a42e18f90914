// delete in operators
var o = {a: 1, b: undefined};
Ti.API.info(('a' in o) + ' ' + ('b' in o) + ' ' + ('c' in o) + ' ' + delete o.a + ' ' + ('a' in o));
