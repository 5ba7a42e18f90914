// numbers parse
Ti.API.info([parseInt('42px'), parseInt('0x1f'), parseInt('ff', 16), parseInt('  -12.9'), parseFloat('3.14abc'), parseFloat('.5'), Number('12'), Number(''), Number('1e3'), Number('abc'), isNaN('x'), isNaN('12')].join(' '));
