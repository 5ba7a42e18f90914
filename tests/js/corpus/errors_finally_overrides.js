// errors finally overrides
function f() { try { return 'try'; } finally { Ti.API.info('cleanup'); } }
Ti.API.info(f());
