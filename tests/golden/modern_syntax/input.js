// ES2020-ES2022 syntax, parsed natively by esprima-fork 5.
var config = { session: null, retries: 0 };
config.session ??= 'default';
config.retries ||= 3;
var label = config.label ?? 'none';

class Download {
  progress = 0;
  static count = 0;
  update(e) { this.progress = e.totalBytesWritten; }
}

try {
  JSON.parse('{');
} catch {
  Ti.API.info('not JSON: ' + label);
}
