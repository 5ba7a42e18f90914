// NewsReader keeps the latest articles on the device: iOS wakes it for background fetches,
// a silent push asks for one article, and the user can upload the sync log.
var config = require('lib/config');
var store = require('lib/store');
var sync = require('lib/sync');
var Cloud = require('ti.cloud');

var win = Ti.UI.createWindow({ title: config.title });
var bar = Ti.UI.createProgressBar({ min: 0, max: 1, value: 0, message: 'Syncing articles' });
var upload = Ti.UI.createButton({ title: 'Upload log' });
win.add(bar);
win.add(upload);
win.open();

Ti.App.iOS.setMinimumBackgroundFetchInterval(Ti.App.iOS.BACKGROUNDFETCHINTERVAL_MIN);

Ti.App.iOS.addEventListener('backgroundfetch', function (e) {
    store.log('background fetch');
    bar.show();
    sync.fetchLatest(function (count) {
        bar.hide();
        if (count > 0) {
            Ti.App.iOS.scheduleLocalNotification({
                alertBody: count + ' new articles',
                date: new Date(),
                userInfo: { count: count }
            });
        }
        // Tell iOS we are done, so it keeps giving us fetch time.
        Ti.App.iOS.endBackgroundHandler(e.handlerId);
    });
});

Ti.App.iOS.addEventListener('silentpush', function (e) {
    store.log('push for ' + e.article);
    sync.fetchArticle(e.article, function () {
        Ti.App.iOS.endBackgroundHandler(e.handlerId);
    });
});

Ti.App.iOS.addEventListener('downloadprogress', function (e) {
    if (e.totalBytesExpectedToWrite > 0) {
        bar.value = e.totalBytesWritten / e.totalBytesExpectedToWrite;
    }
});

upload.addEventListener('click', function () {
    sync.uploadLog(store.logPath());
});

Ti.App.iOS.addEventListener('notification', function (e) {
    Ti.API.info('notification in the foreground: ' + e.alertBody);
});

Ti.Network.registerForPushNotifications({
    types: [Ti.Network.NOTIFICATION_TYPE_ALERT],
    success: function (e) {
        Cloud.PushNotifications.subscribeToken({ device_token: e.deviceToken, channel: 'news', type: 'ios' }, function (r) {
            Ti.API.info(r.success ? 'subscribed to news' : 'subscribe failed: ' + r.message);
        });
    },
    error: function (e) {
        Ti.API.error('push registration failed: ' + e.error);
    }
});

Ti.API.info(config.title + ' started with ' + store.count() + ' saved articles');
