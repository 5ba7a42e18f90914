// objects counting keys
var o = {a: 1, b: undefined, c: null};
Ti.API.info(Object.keys(o).length + ' ' + JSON.stringify(o) + ' ' + ('b' in o));
