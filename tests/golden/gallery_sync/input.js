// Downloads a list of images one after another, saves each into the app's data folder,
// and remembers what it fetched in Ti.App.Properties.
var urlSession = require('com.appcelerator.urlSession');
var config = urlSession.createSessionConfiguration({ identifier: 'com.example.gallery' });
var session = urlSession.createSession({ configuration: config });

var images = ['images/one.png', 'images/two.png', 'images/three.png'];
var base = 'https://cdn.example.com/';
var next = 0;
var fetched = Ti.App.Properties.getObject('fetched', []);

var win = Ti.UI.createWindow({ title: 'Gallery' });
var bar = Ti.UI.createProgressBar({ min: 0, max: images.length, value: 0 });
var status = Ti.UI.createLabel({ text: 'idle' });
win.add(bar);
win.add(status);
win.open();
bar.show();

function startNext() {
    if (next >= images.length) {
        status.text = 'all ' + images.length + ' images synced';
        Ti.API.info(status.text);
        session.finishTasksAndInvalidate();
        return;
    }
    var id = session.downloadTask({ url: base + images[next] });
    Ti.API.info('fetching ' + images[next] + ' as task ' + id);
}

Ti.App.iOS.addEventListener('downloadcompleted', function (e) {
    var name = images[next].split('/')[1];
    var file = Ti.Filesystem.getFile(Ti.Filesystem.applicationDataDirectory, name);
    file.write(e.data);
    fetched.push(name);
    Ti.App.Properties.setObject('fetched', fetched);
    Ti.API.info('saved ' + name + ' (' + file.size + ' bytes)');
});

Ti.App.iOS.addEventListener('sessioncompleted', function (e) {
    if (!e.success) {
        Ti.API.error('task ' + e.taskIdentifier + ' failed: ' + e.message);
        return;
    }
    next = next + 1;
    bar.value = next;
    startNext();
});

startNext();
