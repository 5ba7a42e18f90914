// date fixed
var d = new Date(0);
Ti.API.info(d.getTime() + ' ' + JSON.stringify({when: new Date(86400000)}) + ' ' + (new Date(1000).getTime() - d.getTime()));
