// Module 1.x/2.0 style: the old module-level functions, still present (deprecated) in 2.1.0+.
var urlSession = require('com.appcelerator.urlSession');

var config = urlSession.createURLSessionBackgroundConfiguration('com.example.oldapi');
var session = urlSession.createURLSession(config);

Ti.App.iOS.addEventListener('downloadcompleted', function (e) {
    Ti.API.info('got ' + e.data.length + ' bytes for task ' + e.taskIdentifier);
});

Ti.App.iOS.addEventListener('sessioncompleted', function (e) {
    Ti.API.info('task ' + e.taskIdentifier + ' done: success=' + e.success + ' status=' + e.statusCode);
    urlSession.finishTasksAndInvalidate(session);
});

var taskId = urlSession.backgroundDownloadTaskWithURL(session, 'https://example.com/files/report.png');
Ti.API.info('started task ' + taskId + ' (' + typeof taskId + ')');
