// numbers modulo
Ti.API.info([7 % 3, -7 % 3, 7 % -3, -7 % -3, 5.5 % 2, -5.5 % 2, 0 % 5].join(' '));
