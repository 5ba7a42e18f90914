// ** (ES2016) and Math.pow at the edges
var m = -8, nz = -0, big = -10;
Ti.API.info(2 ** 10 + " " + 2 ** -1 + " " + m ** (1 / 3) + " " + 0 ** -1 + " " + nz ** -1 + " " + 10 ** 400);
Ti.API.info(Math.pow(2, 0.5) + " " + Math.pow(NaN, 0) + " " + Math.pow(1, Infinity) + " " + Math.pow(-2, 3) + " " + big ** 401);
var x = 3;
x **= 2;
Ti.API.info(x + " " + 2 ** 3 ** 2);
