// control switch
function kind(x) { switch (typeof x) { case 'number': return 'n'; case 'string': case 'boolean': return 'sb'; default: return '?'; } }
Ti.API.info([kind(1), kind('s'), kind(true), kind(null)].join(''));
