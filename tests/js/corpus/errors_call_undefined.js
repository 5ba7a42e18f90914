// errors call undefined
var obj = {};
try { obj.missing(); } catch (e) { Ti.API.info('caught ' + e.name); }
try { var u; u.prop; } catch (e) { Ti.API.info('caught ' + e.name); }
