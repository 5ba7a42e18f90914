// JS names that are Python keywords, builtins or runtime names get a trailing underscore.
var print = function (msg) { Ti.API.info('print: ' + msg); };
var len = 3;
var list = ['x'];
var lambda = 'λ';
var self = { None: 'not python None' };
var js = 'shadow';
print(len + ' ' + list[0] + ' ' + lambda + ' ' + self.None + ' ' + js);
