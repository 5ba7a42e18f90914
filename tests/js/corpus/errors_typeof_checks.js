// errors typeof checks
function safe(v) { return typeof v === 'undefined' ? 'undef' : v === null ? 'null' : typeof v; }
Ti.API.info([safe(), safe(null), safe(0), safe(''), safe({}), safe([])].join(' '));
