var downloads = require('downloads');

function startDownload() {
	$.status.text = 'Downloading';
	$.progress.show();
	downloads.start('tap');
}

// iOS wakes the app for a background fetch: download, then give the handler back.
Ti.App.iOS.setMinimumBackgroundFetchInterval(Ti.App.iOS.BACKGROUNDFETCHINTERVAL_MIN);
Ti.App.iOS.addEventListener('backgroundfetch', function (e) {
	Ti.API.info('backgroundfetch ' + e.handlerId.split('-')[0]);
	downloads.start('backgroundfetch');
	$.progress.show();
	Ti.App.iOS.endBackgroundHandler(e.handlerId);
});

Ti.App.iOS.addEventListener('downloadprogress', function (e) {
	$.progress.value = e.totalBytesWritten / e.totalBytesExpectedToWrite;
});

Ti.App.iOS.addEventListener('downloadcompleted', function (e) {
	$.image.image = e.data;
	$.status.text = 'Downloaded ' + e.data.length + ' bytes';
	$.progress.hide();
	Ti.API.info($.status.text);
	Ti.App.iOS.scheduleLocalNotification({ alertBody: 'Download completed!', date: new Date().getTime() });
});

Ti.App.iOS.addEventListener('sessioncompleted', function (e) {
	if (e.success) {
		alert('Downloads completed successfully.');
	} else {
		// A failed download: the error names the controller line that reports it.
		throw new Error('download failed with ' + e.errorCode);
	}
});

$.win.open();
