// errors types
try { null.x; } catch (e) { Ti.API.info(e instanceof TypeError); }
try { undefinedFunction(); } catch (e) { Ti.API.info(e.name); }
try { throw new RangeError('too far'); } catch (e) { Ti.API.info(e.name + ': ' + e.message); }
