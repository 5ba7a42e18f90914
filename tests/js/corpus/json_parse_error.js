// json parse error
try { JSON.parse('{bad json'); Ti.API.info('no error'); } catch (e) { Ti.API.info(e.name + ' ' + (e instanceof SyntaxError)); }
