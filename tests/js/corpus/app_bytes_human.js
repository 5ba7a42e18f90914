// app bytes human
function human(n) { var units = ['B', 'KB', 'MB', 'GB']; var i = 0; while (n >= 1024 && i < units.length - 1) { n = n / 1024; i++; } return (i ? n.toFixed(1) : n) + ' ' + units[i]; }
Ti.API.info([human(500), human(2048), human(5 * 1024 * 1024), human(3.5 * 1024 * 1024 * 1024)].join(', '));
