// Lookbehinds of varying length (prices after a currency sign, words after a space or the start).
var prices = 'total $10.53, tax $0.87, tip 2.00';
Ti.API.info(prices.match(/(?<=\$\d+\.)\d+/g).join(','));
Ti.API.info('one two three'.replace(/(?<=^|\s)t\w+/g, function (w) { return w.toUpperCase(); }));
Ti.API.info(/(?<!\d+)px/.test('10px'), /(?<!\d+)px/.test('apx'));
Ti.API.info('p{L}'.match(/\p{L}/)[0], /\p{L}+/u.exec('héllo!')[0]);
