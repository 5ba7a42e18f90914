// regex replace special
Ti.API.info('2020-01-05'.replace(/(\d+)-(\d+)-(\d+)/, '$3/$2/$1') + ' ' + 'aaa'.replace(/a/g, '$$') + ' ' + 'abc'.replace(/b/, "[$`|$&|$']"));
