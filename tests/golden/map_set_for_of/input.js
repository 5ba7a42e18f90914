// es2015 spread strings sets
var unique = [...new Set('banana')];
Ti.API.info(unique.join('') + ' ' + Math.min(...[4, 2, 8]) + ' ' + [...'hi', ...[1, 2]].length);
