// numbers to fixed
Ti.API.info((1.005).toFixed(2) + ' ' + (3).toFixed(1) + ' ' + (0.5).toFixed(0) + ' ' + (2.345).toFixed(2));
