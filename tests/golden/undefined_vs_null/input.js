var nothing = null;
var missing;
var obj = { a: 1 };
Ti.API.info(typeof nothing + ' ' + typeof missing + ' ' + typeof obj.b + ' ' + typeof undeclaredThing);
Ti.API.info('null==undefined: ' + (nothing == missing) + ', null===undefined: ' + (nothing === missing));
Ti.API.info('missing is ' + missing + ', nothing is ' + nothing);
if (obj.b === undefined) {
    Ti.API.info('obj.b is undefined');
}
if (nothing !== null) {
    Ti.API.info('unreachable');
} else {
    Ti.API.info('nothing is null');
}
