// app file names
var urls = ['http://x/a/dog@2x~iphone.jpg', 'http://x/b/cat.png?v=2'];
Ti.API.info(urls.map(function (u) { return u.split('/').pop().split('?')[0]; }).join(' '));
