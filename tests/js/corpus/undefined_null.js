// undefined null
var a; var b = null; var o = {};
Ti.API.info([a, b, o.missing, a === undefined, b === null, a == null, b == undefined, typeof a, typeof b].join(' '));
