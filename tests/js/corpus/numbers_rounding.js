// numbers rounding
var xs = [1.5, 2.5, -1.5, -2.5, 0.49999999999999994, 1.005 * 100];
Ti.API.info(xs.map(Math.round).join(' ') + ' ' + xs.map(Math.floor).join(' '));
