// arrays splice slice
var a = [1, 2, 3, 4, 5];
var removed = a.splice(1, 2);
var b = a.slice(1);
var c = a.concat([9], 10);
Ti.API.info(a.join(',') + ' ' + removed.join(',') + ' ' + b.join(',') + ' ' + c.join(','));
