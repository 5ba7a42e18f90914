// regex basics
Ti.API.info(/^\d{3}-\d{4}$/.test('555-1234') + ' ' + 'a.b.c'.replace(/\./g, '/') + ' ' + 'Mississippi'.match(/ss/g).length + ' ' + 'k=v; x=y'.replace(/(\w)=(\w)/g, '$2=$1'));
