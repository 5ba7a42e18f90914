// Calls a function declared further down, and reads a var before its declaration.
Ti.API.info(greet('world'));
Ti.API.info('early is ' + typeof early + ': ' + early);
var early = 'assigned';
Ti.API.info('now early is ' + early);

function greet(name) {
    return 'hello, ' + name;
}

if (early) {
    var inBlock = 1;
}
Ti.API.info('inBlock=' + inBlock);
