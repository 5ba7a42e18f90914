// strings count chars
var counts = {};
'mississippi'.split('').forEach(function (c) { counts[c] = (counts[c] || 0) + 1; });
Ti.API.info(JSON.stringify(counts));
