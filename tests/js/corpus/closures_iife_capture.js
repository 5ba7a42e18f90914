// closures iife capture
var fns = [];
for (var i = 0; i < 3; i++) { fns.push((function (j) { return function () { return j; }; })(i)); }
Ti.API.info(fns[0]() + ' ' + fns[2]());
