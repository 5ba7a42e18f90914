// arrays sort default
Ti.API.info([10, 9, 1, 100, 25, -1].sort().join(',') + ' ' + ['b', 'B', 'a', 'A'].sort().join(''));
