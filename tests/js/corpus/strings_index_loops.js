// strings index loops
var s = 'a-b-c-d';
var positions = [];
var at = s.indexOf('-');
while (at !== -1) { positions.push(at); at = s.indexOf('-', at + 1); }
Ti.API.info(positions.join(','));
