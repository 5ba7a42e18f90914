// strings basic
var s = 'Hello, World';
Ti.API.info([s.length, s.charAt(4), s.charCodeAt(0), s.indexOf('o'), s.lastIndexOf('o'), s.indexOf('z'), s.toUpperCase(), s.toLowerCase()].join('|'));
