// strings slices
var s = 'abcdefgh';
Ti.API.info([s.substring(2, 5), s.substring(5, 2), s.substr(2, 3), s.substr(-3, 2), s.slice(-3), s.slice(2, -2), s.substring(-1, 2)].join(' '));
