// closures loop var
var fns = [];
for (var i = 0; i < 3; i++) { fns.push(function () { return i; }); }
Ti.API.info(fns[0]() + ' ' + fns[2]());
