// control switch strings
function day(n) { switch (n) { case 0: case 6: return 'weekend'; case 1: case 2: case 3: case 4: case 5: return 'weekday'; default: return 'invalid'; } }
Ti.API.info([day(0), day(3), day(6), day(9)].join(' '));
