// app progress percent
function percent(written, total) { if (!total) { return '?'; } return Math.round(written / total * 1000) / 10 + '%'; }
Ti.API.info([percent(0, 100), percent(33, 100), percent(1, 3), percent(5, 0), percent(1024, 1024)].join(' '));
