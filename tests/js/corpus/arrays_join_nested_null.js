// arrays join nested null
Ti.API.info([1, [2, [3, null]], undefined, 'x'].join('/') + '|' + [null].join() + '|' + [undefined, undefined].join('-'));
