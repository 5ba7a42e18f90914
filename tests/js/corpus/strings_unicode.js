// strings unicode
var s = 'caf\u00e9 \ud83d\ude00!';
Ti.API.info(s + ' ' + s.length + ' ' + s.charAt(0) + ' ' + JSON.stringify(s));
