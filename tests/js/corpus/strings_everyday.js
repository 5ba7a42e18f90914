// everyday strings: case, slicing, split/replace, URL pieces, number formatting, match
var s = 'Hello, World';
Ti.API.info(s.toUpperCase() + s.toLowerCase() + s.length + s.charAt(4) + s.charCodeAt(0));
Ti.API.info(s.split(', ').join('|') + s.substring(7) + s.substr(-5, 3) + s.slice(0, -7));
Ti.API.info(s.replace('o', '0') + ' ' + s.replace(/o/g, '0') + ' ' + s.indexOf('World') + s.lastIndexOf('o'));
Ti.API.info('  trim  '.trim() + '|' + 'a-b-c'.split('-', 2) + '|' + 'abc'.split(''));
var url = 'https://example.com/files/report%202024.pdf?x=1';
Ti.API.info(url.split('/').pop().split('?')[0] + ' ' + decodeURIComponent('report%202024.pdf') + ' ' + encodeURIComponent('a b&c'));
Ti.API.info(('' + 12.5) + (1 / 3).toFixed(2) + (255).toString(16) + parseInt('08') + parseFloat('3.5kg'));
Ti.API.info('x'.concat(1, 2) + 'abc'.indexOf('') + 'ab'.repeat ? 'ab'.repeat(3) : '');
var m = 'file-12-34.txt'.match(/(\d+)-(\d+)/);
Ti.API.info(m[0] + ' ' + m[1] + ' ' + m.index + ' ' + ('none'.match(/\d/) === null));
Ti.API.info('%d%%'.replace('%d', 50) + ' ' + 'a,b,,c'.split(',').length);
