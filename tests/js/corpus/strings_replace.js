// strings replace
Ti.API.info('aaa'.replace('a', 'b') + ' ' + 'x-y-z'.replace('-', '+') + ' ' + '  pad  '.trim() + '|');
