// arrays reduce no initial
Ti.API.info([1, 2, 3, 4].reduce(function (a, b) { return a * b; }) + ' ' + [[1], [2, 3]].reduce(function (a, b) { return a.concat(b); }, []).join(','));
