// arrays holes join
Ti.API.info([1, null, undefined, 2].join('-') + ' ' + [[1, 2], [3]].join(';') + ' ' + String([]) + '|');
