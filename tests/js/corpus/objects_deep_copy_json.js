// objects deep copy json
var a = {x: [1, {y: 2}]};
var b = JSON.parse(JSON.stringify(a));
b.x[1].y = 3;
Ti.API.info(a.x[1].y + ' ' + b.x[1].y);
