// errors throw values
var out = [];
try { throw 'a string'; } catch (e) { out.push(typeof e + ':' + e); }
try { throw {code: 42}; } catch (e) { out.push(e.code); }
try { throw 7; } catch (e) { out.push(e + 1); }
Ti.API.info(out.join(' '));
