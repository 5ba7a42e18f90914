var button = Ti.UI.createButton({ title: 'Go' });
button.addEventListener('click', function () {
    Ti.API.info('clicked');
});
Ti.App.iOS.addEventListener('backgroundfetch', function (e) {
    Ti.App.iOS.endBackgroundHandler(e.handlerId);
});
Ti.Network.registerForPushNotifications({
    types: [Ti.Network.NOTIFICATION_TYPE_ALERT],
    success: function (e) { Ti.API.info(e.deviceToken); },
    error: function (e) { Ti.API.error(e.error); }
});
setTimeout(function () { Ti.API.info('later'); }, 10);
