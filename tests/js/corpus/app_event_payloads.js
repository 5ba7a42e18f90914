// app event payloads
var events = [{type: 'downloadprogress', totalBytesWritten: 50, totalBytesExpectedToWrite: 200}, {type: 'sessioncompleted', success: true, statusCode: 404}];
events.forEach(function (e) { if (e.type === 'downloadprogress') { Ti.API.info('progress ' + e.totalBytesWritten / e.totalBytesExpectedToWrite); } else if (e.success && e.statusCode >= 400) { Ti.API.info('http error ' + e.statusCode); } });
