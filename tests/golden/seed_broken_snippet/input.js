// Require in the module
var urlSession = require('com.appcelerator.urlSession');

// Create a session configuration
// The string parameter is an arbitrary string used to identify the session in events
var sessionConfig = urlSession.createSessionConfiguration({
    'com.appcelerator.sessionx'
});

// Create a URL session object based on the
var session = urlSession.createSession({
    configuration: sessionConfig
});

var task = session.downloadTask({
    url: 'http://download.foo.com/myimage.png'
});
