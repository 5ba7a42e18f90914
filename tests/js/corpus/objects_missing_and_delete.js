// objects missing and delete
var o = {x: 1, y: 2};
delete o.x;
Ti.API.info(o.x + ' ' + ('x' in o) + ' ' + ('y' in o) + ' ' + o.hasOwnProperty('y') + ' ' + JSON.stringify(o));
// deleting what is not there is no error, as a statement or by a computed key
var p = {a: 1};
delete p.missing;
delete p['also-missing'];
var k = 'nope';
delete p[k];
delete p[3];
delete p.a;
delete p.a;
Ti.API.info(JSON.stringify(p) + ' ' + Object.keys(p).length);
