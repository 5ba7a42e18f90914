// objects method chain
var q = {parts: [], add: function (p) { this.parts.push(p); return this; }, text: function () { return this.parts.join(' '); }};
Ti.API.info(q.add('a').add('b').add('c').text());
