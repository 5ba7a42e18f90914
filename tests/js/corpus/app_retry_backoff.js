// app retry backoff
var delays = [];
for (var attempt = 0, delay = 100; attempt < 5; attempt++, delay = Math.min(delay * 2, 1000)) { delays.push(delay); }
Ti.API.info(delays.join(' '));
