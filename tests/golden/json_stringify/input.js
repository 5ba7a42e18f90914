var payload = {
    name: 'dog@2x~iphone.jpg',
    size: 1024,
    ratio: 0.5,
    tags: ['a', 'b', null],
    nested: { ok: true, skipped: undefined },
    'content-available': 1,
    2: 'two',
    1: 'one'
};
Ti.API.info(JSON.stringify(payload));
Ti.API.info(JSON.stringify(payload, null, 2));
Ti.API.info(JSON.stringify('quote " and \\ and \n newline'));
var parsed = JSON.parse('{"x": [1, 2.5, "s"], "y": null}');
Ti.API.info(parsed.x[1] + ' ' + parsed.y + ' ' + parsed.x.length);
