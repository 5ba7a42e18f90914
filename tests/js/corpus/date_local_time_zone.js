// tz: America/New_York
// local-time getters and setters, across a daylight-saving change
var d = new Date(2021, 2, 14, 1, 30);  // 14 March 2021, 01:30: DST starts at 02:00
Ti.API.info(d.getTime() + " " + d.getHours() + " " + d.getTimezoneOffset() + " " + d.toISOString());
d.setHours(d.getHours() + 1);
Ti.API.info(d.getHours() + ":" + d.getMinutes() + " " + d.getTimezoneOffset() + " " + d.toISOString());
var e = new Date(2021, 0, 31);
e.setMonth(1);  // 31 February overflows into March
Ti.API.info(e.getMonth() + " " + e.getDate() + " " + e.getDay() + " " + e.toDateString());
var f = new Date(Date.UTC(2020, 11, 31, 23, 59, 59, 999));
Ti.API.info(f.getFullYear() + " " + f.getUTCFullYear() + " " + f.getMilliseconds() + " " + f.getDate() + " " + f.getUTCDate());
f.setDate(f.getDate() + 1);
Ti.API.info(f.toISOString() + " " + f.getDay());
var g = new Date(2021, 10, 7, 1, 30);  // the hour that happens twice (DST ends)
Ti.API.info(g.getTimezoneOffset() + " " + g.toISOString());
var midnight = new Date(2024, 1, 29);
midnight.setFullYear(2025);
Ti.API.info(midnight.getMonth() + "/" + midnight.getDate() + " " + Date.parse("2024-01-02") + " " + new Date("2024-01-02T03:04:05").getTime());
var bad = new Date("not a date");
Ti.API.info(isNaN(bad.getTime()) + " " + bad.getHours() + " " + String(bad.toJSON()) + " " + new Date(99, 0).getFullYear());
var days = [];
for (var i = 0; i < 7; i++) days.push(new Date(2021, 2, 10 + i).getDay());
Ti.API.info(days.join(""));
