// objects merge assign
var defaults = {timeout: 60, retries: 2};
var options = Object.assign({}, defaults, {retries: 5});
Ti.API.info(JSON.stringify(options) + ' ' + Object.keys(options).join(',') + ' ' + defaults.retries);
