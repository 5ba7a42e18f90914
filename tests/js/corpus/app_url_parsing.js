// app url parsing
function parse(url) { var m = /^(https?):\/\/([^\/]+)(\/.*)?$/.exec(url); return m ? {scheme: m[1], host: m[2], path: m[3] || '/'} : null; }
Ti.API.info(JSON.stringify(parse('https://raw.github.com/a/b.png')) + ' ' + JSON.stringify(parse('ftp://x')) + ' ' + parse('http://h').path);
