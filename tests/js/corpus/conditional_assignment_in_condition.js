// conditional assignment in condition
var s = 'a1b2', m, out = [];
var re = /\d/g;
while ((m = re.exec(s))) { out.push(m[0]); }
Ti.API.info(out.join('+'));
