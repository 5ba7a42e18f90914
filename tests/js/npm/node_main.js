// Runs one npm library program in node as Titanium runs it: a CommonJS module of Resources/
// (so require('underscore') finds Resources/node_modules), with the Ti.API log and alert globals.
'use strict';
const path = require('path');

const str = (v) => String(v);
const log = (level) => (...args) => console.log('[' + level + '] ' + args.map(str).join(' '));
globalThis.Ti = globalThis.Titanium = {
    API: { info: log('INFO'), warn: log('WARN'), error: log('ERROR'), debug: log('DEBUG') },
};
globalThis.alert = (message) => console.log('[ALERT] ' + str(message));

try {
    require(path.resolve(process.argv[2]));
} catch (err) {
    console.log('[ERROR] Uncaught ' + err.name + ': ' + err.message);
}
