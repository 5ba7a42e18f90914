// encodeURIComponent / encodeURI / decodeURIComponent / decodeURI, URIError, isFinite, ReferenceError
var parts = ['a b&c=d', 'é/ü?#', 'report 2024.pdf', "-_.!~*'()", ';/?:@&=+$,#', '😀', ''];
for (var i = 0; i < parts.length; i++) {
    var enc = encodeURIComponent(parts[i]);
    Ti.API.info(enc + ' ' + encodeURI(parts[i]) + ' ' + decodeURIComponent(enc) + ' ' + (decodeURIComponent(enc) === parts[i]));
}
Ti.API.info(decodeURI('%2F%20%3F%E2%82%AC') + ' ' + decodeURIComponent('%2F%20%3F%E2%82%AC') + ' ' + decodeURI('%23x%41'));
var bad = ['%', '%zz', '%E2%82', '%C0%AF', 'ok%2'];
for (var j = 0; j < bad.length; j++) {
    try { decodeURIComponent(bad[j]); Ti.API.info('no error ' + bad[j]); }
    catch (e) { Ti.API.info(bad[j] + ' ' + e.name + ' ' + (e instanceof URIError) + ' ' + (e instanceof Error)); }
}
Ti.API.info(isFinite('12') + ' ' + isFinite('x') + ' ' + isFinite(1 / 0) + ' ' + isFinite(null) + ' ' + typeof encodeURIComponent);
try { missing(); } catch (e) { Ti.API.info((e instanceof ReferenceError) + ' ' + e.name); }
try { throw new URIError('custom'); } catch (e) { Ti.API.info(e.name + ': ' + e.message); }
var q = {q: 'x y', page: 2};
Ti.API.info(Object.keys(q).map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(q[k]); }).join('&'));
Ti.API.info(encodeURIComponent(12) + encodeURIComponent(null) + encodeURIComponent(undefined) + encodeURIComponent(true));
