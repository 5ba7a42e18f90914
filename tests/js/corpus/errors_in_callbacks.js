// errors in callbacks
var results = [];
[1, 0, 2].forEach(function (x) { try { if (!x) { throw new Error('zero'); } results.push(10 / x); } catch (e) { results.push(e.message); } });
Ti.API.info(results.join(' '));
