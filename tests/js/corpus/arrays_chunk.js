// arrays chunk
function chunk(a, n) { var out = []; for (var i = 0; i < a.length; i += n) { out.push(a.slice(i, i + n)); } return out; }
Ti.API.info(JSON.stringify(chunk([1, 2, 3, 4, 5], 2)));
