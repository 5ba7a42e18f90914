// typeof functions and builtins
Ti.API.info([typeof Math, typeof JSON, typeof Math.max, typeof parseInt, typeof String, typeof 'x'.length].join(' '));
