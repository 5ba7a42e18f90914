var urlSession = require('com.appcelerator.urlSession');
var session;
Ti.App.iOS.addEventListener('downloadprogres', function (e) {
    Ti.API.info(e.totalBytesWritten);
});
Ti.App.iOS.addEventListener('silentpush', function (e) {
    session.DownloadTask({ url: e.download_url });
});
urlSession.invalidateAndCancel(session);
undeclaredGlobal = 5;
