// strings trim variants
var s = '\t  padded \n';
Ti.API.info('[' + s.trim() + '] ' + s.length + ' ' + s.trim().length);
