// errors custom message
function check(x) { if (typeof x !== 'number') { throw new TypeError('expected a number, got ' + typeof x); } return x; }
try { check('s'); } catch (e) { Ti.API.info(e.name + ' | ' + e.message + ' | ' + (e instanceof TypeError) + ' | ' + String(e)); }
