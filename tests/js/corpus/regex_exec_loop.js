// regex exec loop
var re = /(\d+)/g; var text = 'a1 b22 c333'; var m; var out = [];
while ((m = re.exec(text)) !== null) { out.push(m[1] + '@' + m.index); }
Ti.API.info(out.join(' '));
