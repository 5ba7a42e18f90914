// this constructor
function Stack() { this.items = []; }
Stack.prototype.push = function (x) { this.items.push(x); return this; };
Stack.prototype.size = function () { return this.items.length; };
var s = new Stack();
s.push(1).push(2);
Ti.API.info(s.size() + ' ' + (s instanceof Stack) + ' ' + JSON.stringify(s));
