// Minimal Titanium globals for running test programs in node: the log API and alert.
'use strict';
const fs = require('fs');
const vm = require('vm');

const str = (v) => String(v);
const log = (level) => (...args) => console.log('[' + level + '] ' + args.map(str).join(' '));
globalThis.Ti = globalThis.Titanium = {
    API: { info: log('INFO'), warn: log('WARN'), error: log('ERROR'), debug: log('DEBUG') },
};
globalThis.alert = (message) => console.log('[ALERT] ' + str(message));

// Run the program as a classic script (top-level `var` and functions become globals, as in Ti).
const file = process.argv[2];
try {
    vm.runInThisContext(fs.readFileSync(file, 'utf8'), { filename: file });
} catch (err) {
    console.log('[ERROR] Uncaught ' + err.name + ': ' + err.message);
}
