// errors nested rethrow
var log = [];
try { try { throw new Error('a'); } catch (e) { log.push('inner ' + e.message); throw new Error('b'); } } catch (e) { log.push('outer ' + e.message); }
Ti.API.info(log.join(', '));
