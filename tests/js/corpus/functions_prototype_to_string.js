// everyday functions: prototype methods (toString used by + and String()), closures in loops, arguments, bind, hoisting, timers
function Counter(start) { this.n = start || 0; }
Counter.prototype.inc = function () { this.n++; return this; };
Counter.prototype.toString = function () { return 'Counter(' + this.n + ')'; };
var c = new Counter(5).inc().inc();
Ti.API.info(c + ' ' + c.n + ' ' + (c instanceof Counter) + ' ' + typeof Counter);
var fns = [];
for (var i = 0; i < 3; i++) { fns.push(function () { return i; }); }
Ti.API.info(fns.map(function (f) { return f(); }).join());
var fns2 = [];
for (var j = 0; j < 3; j++) { (function (j) { fns2.push(function () { return j; }); })(j); }
Ti.API.info(fns2.map(function (f) { return f(); }).join());
function sum() { var t = 0; for (var k = 0; k < arguments.length; k++) t += arguments[k]; return t; }
Ti.API.info(sum(1, 2, 3) + ' ' + sum() + ' ' + sum.apply(null, [4, 5]) + ' ' + sum.call(null, 6));
var bound = function () { return this.n; }.bind(c);
Ti.API.info(bound());
function outer() { var x = 1; function inner() { return x + y; } var y = 2; return inner(); }
Ti.API.info(outer() + ' ' + hoisted());
function hoisted() { return 'h'; }

setTimeout(function () { Ti.API.info('timeout ' + c.n); }, 0);
Ti.API.info('sync end');
