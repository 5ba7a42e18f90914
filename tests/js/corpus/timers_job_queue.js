// a job queue with at most two jobs running, driven by timers; clearTimeout and clearInterval
function Queue() { this.items = []; this.running = 0; this.max = 2; this.log = []; }
Queue.prototype.push = function (name, ms) {
  var self = this;
  this.items.push(function (done) { setTimeout(function () { self.log.push(name); done(); }, ms); });
  this.next();
};
Queue.prototype.next = function () {
  var self = this;
  while (this.running < this.max && this.items.length) {
    var job = this.items.shift();
    this.running++;
    job(function () { self.running--; self.next(); if (!self.running && !self.items.length) Ti.API.info(self.log.join(',')); });
  }
};
var q = new Queue();
q.push('a', 300); q.push('b', 100); q.push('c', 50); q.push('d', 10);
var t = setTimeout(function () { Ti.API.info('never'); }, 5);
clearTimeout(t);
var n = 0, iv = setInterval(function () { if (++n === 3) { clearInterval(iv); Ti.API.info('iv ' + n); } }, 2);
