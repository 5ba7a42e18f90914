// template literals
var n = 3, who = 'world';
Ti.API.info(`hello ${who}, ${n * 2} times, ${[1, 2]} ${null} ${undefined}`);
