// numbers math
Ti.API.info([Math.floor(-1.5), Math.ceil(-1.5), Math.round(-1.5), Math.round(2.5), Math.abs(-3), Math.max(1, 9, 3), Math.min(), Math.max(), Math.sqrt(16), Math.pow(2, 10)].join(' '));
