// arrays map index
Ti.API.info(['a', 'b', 'c'].map(function (x, i) { return x + i; }).join('') + ' ' + [1, 2, 3].filter(function (x, i) { return i > 0; }).join(''));
