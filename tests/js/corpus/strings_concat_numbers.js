// strings concat numbers
var n = 3, total = 0.5;
Ti.API.info('n=' + n + ', total=' + total + ', sum=' + (n + total) + ', text=' + n + total);
