// objects keyword keys
var o = {class: 'c', 'content-type': 'json', default: 1, None: 2};
Ti.API.info(o['class'] + ' ' + o['content-type'] + ' ' + o['default'] + ' ' + JSON.stringify(o));
