// json parse
var v = JSON.parse('{"a": [1, 2.5, "s", null, true], "b": {"c": -3e2}}');
Ti.API.info(v.a.length + ' ' + v.a[1] + ' ' + v.b.c + ' ' + typeof v.a[4] + ' ' + JSON.stringify(v));
