// strings compare sort
var names = ['bob', 'Alice', 'carol', 'Bob', 'alice'];
Ti.API.info(names.slice().sort().join(',') + ' ' + ('a' < 'B') + ' ' + ('apple' > 'app') + ' ' + names.indexOf('Bob'));
