// json stringify replacer
Ti.API.info(JSON.stringify({a: 1, b: 2, c: 3}, ['a', 'c']) + ' ' + JSON.stringify({a: 1, b: 'x'}, function (k, v) { return typeof v === 'number' ? v * 10 : v; }));
