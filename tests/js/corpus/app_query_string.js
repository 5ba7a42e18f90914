// app query string
function query(params) { var parts = []; for (var k in params) { parts.push(encodeURIComponent ? k + '=' + params[k] : k); } return parts.join('&'); }
Ti.API.info(typeof query);
