// this at the top level: the global object (CoffeeScript's wrapper, var self = this)
var self = this;
(function () {
  var x = 5;
  this.shared = x;
  Ti.API.info(typeof this);
}).call(this);
Ti.API.info(self.shared + ' ' + (self === this));
