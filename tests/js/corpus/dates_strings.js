// tz: America/New_York
// Date strings: toDateString/toTimeString (zone name aside), toUTCString, toISOString, en-US toLocale*String, in a zone with daylight saving
var d = new Date(Date.UTC(2024, 2, 5, 14, 7, 9));
Ti.API.info(d.toString().slice(0, 33));
Ti.API.info(d.toDateString() + ' | ' + d.toTimeString().slice(0, 17));
Ti.API.info(d.toUTCString() + ' | ' + d.toISOString() + ' | ' + d.toJSON());
Ti.API.info(d.toLocaleDateString() + ' | ' + d.toLocaleTimeString() + ' | ' + d.toLocaleString());
Ti.API.info(d.getTimezoneOffset() + ' ' + d.valueOf() + ' ' + (d.getTime() === +d));
var summer = new Date(2024, 6, 4, 0, 30);
Ti.API.info(summer.toLocaleString() + ' | ' + summer.toTimeString().slice(0, 17) + ' | ' + summer.getTimezoneOffset() + ' | ' + new Date(2024, 11, 31, 23, 59).toLocaleString());
