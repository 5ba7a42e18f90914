// errors finally order
var log = [];
function f() { try { log.push('try'); return 'ret'; } finally { log.push('finally'); } }
log.push(f());
try { try { throw new Error('inner'); } finally { log.push('inner finally'); } } catch (e) { log.push('caught ' + e.message); }
Ti.API.info(log.join(', '));
