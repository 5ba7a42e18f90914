// closures callbacks async order
var log = [];
setTimeout(function () { log.push('timeout'); Ti.API.info(log.join(',')); }, 0);
log.push('sync');
