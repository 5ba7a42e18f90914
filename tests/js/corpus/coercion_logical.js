// coercion logical
var a = 0 || 'default'; var b = 'x' && 'y'; var c = null || undefined || 0; var d = '' && 'never';
Ti.API.info(a + ' ' + b + ' ' + c + ' ' + JSON.stringify(d));
