// Starts downloads on the app's session and reports them: a CommonJS library of app/lib.
exports.start = function (reason) {
	Alloy.Globals.downloads += 1;
	Ti.API.info('download ' + Alloy.Globals.downloads + ' (' + reason + ')');
	return Alloy.Globals.session.downloadTask({ url: Alloy.CFG.imageUrl });
};
