// objects nested
var cfg = {server: {host: 'h', ports: [80, 443]}, debug: false};
cfg.server.ports.push(8080);
cfg.extra = {on: true};
Ti.API.info(cfg.server.host + ' ' + cfg.server.ports.length + ' ' + JSON.stringify(cfg));
