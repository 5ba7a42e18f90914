// ES2020 optional chaining and nullish coalescing (parsed by esprima-fork 5 natively).
var config = { server: { host: 'h', ports: [80] }, empty: null, zero: 0, blank: '' };
var calls = 0;
function count() { calls = calls + 1; return config; }
Ti.API.info([config.server?.host, config.missing?.host, config.missing?.host.deeper, config.empty?.x,
    config.server?.ports?.[0], config.server?.['host'], config.nothing?.(), count()?.server.host].join(' '));
Ti.API.info([config.zero ?? 'z', config.blank ?? 'b', config.empty ?? 'e', config.missing ?? 'm',
    (config.missing?.x) ?? 'chain', calls].join(' '));
var text = "keep ?. and ?? inside strings"; // and ?? in comments
var cond = config.zero ? .5 : 1;
Ti.API.info(text + ' ' + cond + ' ' + (config.server.host?.toUpperCase() ?? 'none'));
