// app.js's top-level names are the global object's properties: seen through this, globalThis and aliases
var globals = {tabs: null};
var count = 1;
var self = this;
function bump() { count++; return count; }
(function () {
  this.globals.tabs = 'tab group';
  this.count += 10;
  Ti.API.info(count, self.count, typeof this.bump);
}).call(this);
bump();
Ti.API.info(globals.tabs, globalThis.count, 'globals' in this, 'missing' in this);
Ti.API.info(delete count, delete this.count, count);
leaked = 'implicit';
Ti.API.info(globalThis.leaked, delete globalThis.leaked, typeof leaked);
this.late = 'set on this';
Ti.API.info(late);
