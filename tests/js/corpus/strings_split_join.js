// strings split join
Ti.API.info(JSON.stringify(['a,b,,c'.split(','), 'abc'.split(''), 'a b'.split(' ', 1), 'x'.split()]));
