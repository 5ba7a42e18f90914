// Saved articles live in the app's data folder; their count in Ti.App.Properties.
var folder = Ti.Filesystem.getFile(Ti.Filesystem.applicationDataDirectory, 'articles');
if (!folder.exists()) {
    folder.createDirectory();
}

exports.save = function (name, blob) {
    var file = Ti.Filesystem.getFile(folder.nativePath, name);
    file.write(blob);
    Ti.App.Properties.setInt('articles', folder.getDirectoryListing().length);
    return file.size;
};

exports.count = function () {
    return Ti.App.Properties.getInt('articles', 0);
};

exports.log = function (line) {
    var log = Ti.Filesystem.getFile(Ti.Filesystem.applicationDataDirectory, 'sync.log');
    log.write(line + '\n', true);
    Ti.API.info('log: ' + line);
};

exports.logPath = function () {
    return Ti.Filesystem.getFile(Ti.Filesystem.applicationDataDirectory, 'sync.log').nativePath;
};
