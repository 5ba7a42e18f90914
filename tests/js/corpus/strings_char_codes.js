// strings char codes
var out = [];
var s = 'AZaz09';
for (var i = 0; i < s.length; i++) { out.push(s.charCodeAt(i)); }
Ti.API.info(out.join(',') + ' ' + String.fromCharCode ? 'has fromCharCode' : 'none');
