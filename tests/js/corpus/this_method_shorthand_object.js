// this method shorthand object
var timer = {ticks: 0, tick: function () { this.ticks += 1; return this.ticks; }};
timer.tick(); timer.tick();
Ti.API.info(timer.ticks);
