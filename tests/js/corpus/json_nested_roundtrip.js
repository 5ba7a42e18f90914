// json nested roundtrip
var doc = {list: [1, {x: [true, false, null]}], s: 'q"uote', n: -0.5};
var text = JSON.stringify(doc);
var back = JSON.parse(text);
Ti.API.info(text + ' ' + (JSON.stringify(back) === text) + ' ' + back.list[1].x.length);
