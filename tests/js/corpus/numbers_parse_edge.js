// numbers parse edge
Ti.API.info([parseInt('08'), parseInt(''), parseInt('3e2'), parseFloat('3e2'), parseFloat('-.5e1'), Number('  42  '), Number('4 2'), Number(null), Number(undefined), Number(true), Number([]), Number([7])].join(' '));
