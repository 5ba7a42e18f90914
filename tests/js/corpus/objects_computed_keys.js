// objects computed keys
var counts = {};
var words = ['a', 'b', 'a', 'c', 'a'];
for (var i = 0; i < words.length; i++) { counts[words[i]] = (counts[words[i]] || 0) + 1; }
Ti.API.info(JSON.stringify(counts) + ' ' + counts['a']);
