// objects as maps
var cache = {};
function get(key) { if (!(key in cache)) { cache[key] = key.length; } return cache[key]; }
Ti.API.info(get('abc') + ' ' + get('abc') + ' ' + get('de') + ' ' + JSON.stringify(cache));
