// es2015 template nested
var items = [{n: 'a', q: 2}, {n: 'b', q: 1}];
Ti.API.info(`${items.length} items: ${items.map((i) => `${i.n}x${i.q}`).join(', ')}`);
