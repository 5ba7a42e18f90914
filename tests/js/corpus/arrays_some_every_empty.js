// arrays some every empty
Ti.API.info([[].some(function () { return true; }), [].every(function () { return false; }), [0].some(function (x) { return x; })].join(' '));
