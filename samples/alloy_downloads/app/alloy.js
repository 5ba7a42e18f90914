// Runs before the first controller: one URL session for the whole app, kept in Alloy.Globals.
var urlSession = require('com.appcelerator.urlSession');

Alloy.Globals.session = urlSession.createSession({
	configuration: urlSession.createSessionConfiguration({
		identifier: 'com.example.alloydownloads'
	})
});
Alloy.Globals.downloads = 0;
