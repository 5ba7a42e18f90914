// Downloads and uploads through one background URL session; callbacks are keyed by task id.
var urlSession = require('com.appcelerator.urlSession');
var config = require('./config');
var store = require('./store');

var sessionConfig = urlSession.createSessionConfiguration({ identifier: 'com.example.newsreader.sync' });
sessionConfig.HTTPHeaderFields = { 'X-Client': 'NewsReader/1.0' };
var session = urlSession.createSession({ configuration: sessionConfig });
var pending = {};
var names = {};

function download(name, done) {
    var id = session.downloadTask({ url: config.server + 'articles/' + name });
    pending[id] = done;
    names[id] = name;
}

Ti.App.iOS.addEventListener('downloadcompleted', function (e) {
    if (names[e.taskIdentifier]) {
        var size = store.save(names[e.taskIdentifier], e.data);
        Ti.API.info('saved ' + names[e.taskIdentifier] + ' (' + size + ' bytes)');
    }
});

Ti.App.iOS.addEventListener('uploadprogress', function (e) {
    Ti.API.info('uploaded ' + e.totalBytesSent + ' of ' + e.totalBytesExpectedToSend + ' bytes');
});

Ti.App.iOS.addEventListener('sessioncompleted', function (e) {
    var done = pending[e.taskIdentifier];
    delete pending[e.taskIdentifier];
    if (!e.success) {
        Ti.API.error('task ' + e.taskIdentifier + ' failed: ' + e.message);
    } else if (e.responseText) {
        Ti.API.info('server said ' + e.statusCode + ': ' + e.responseText);
    }
    if (done) {
        done(e);
    }
});

exports.fetchArticle = function (name, done) {
    download(name, done);
};

exports.fetchLatest = function (done) {
    var id = session.dataTask({ url: config.server + 'latest', method: 'GET' });
    pending[id] = function (e) {
        if (!e.success || e.statusCode !== 200) {
            done(0);
            return;
        }
        var latest = JSON.parse(e.responseText);
        var left = latest.length;
        if (left === 0) {
            done(0);
        }
        for (var i = 0; i < latest.length; i++) {
            download(latest[i], function () {
                left = left - 1;
                if (left === 0) {
                    done(latest.length);
                }
            });
        }
    };
};

exports.uploadLog = function (path) {
    session.uploadTask({ url: config.server + 'logs', data: path, method: 'PUT',
        requestHeaders: { 'Content-Type': 'text/plain' } });
};
