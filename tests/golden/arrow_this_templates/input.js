// es2015 arrow this lexical
var timer = {n: 0, start: function () { [1, 2, 3].forEach((x) => { this.n += x; }); return this.n; }};
Ti.API.info(timer.start());
