// objects missing and delete
var o = {x: 1, y: 2};
delete o.x;
Ti.API.info(o.x + ' ' + ('x' in o) + ' ' + ('y' in o) + ' ' + o.hasOwnProperty('y') + ' ' + JSON.stringify(o));
