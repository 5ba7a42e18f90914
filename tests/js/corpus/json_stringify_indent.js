// json stringify indent
Ti.API.info(JSON.stringify({a: [1, {b: 2}], c: 'x'}, null, 2));
Ti.API.info(JSON.stringify([1, [2, []], {}], null, '--'));
