// Parameters: arguments beside a rest parameter or in a default, defaults that read a
// parameter not initialised yet (ReferenceError), defaults reading earlier ones.
function withRest(a, ...rest) { return arguments.length + ':' + a + ':' + rest.join(); }
Ti.API.info(withRest(1, 2, 3), withRest());
function countDefault(a = arguments.length) { return a; }
Ti.API.info(countDefault(), countDefault(undefined, 2), countDefault(7));
var readsLater = function (a = b, b) { return 'no error'; };
try { Ti.API.info(readsLater()); } catch (e) { Ti.API.info('later:', e instanceof ReferenceError); }
var readsItself = function (a = a) { return 'no error'; };
try { Ti.API.info(readsItself()); } catch (e) { Ti.API.info('itself:', e instanceof ReferenceError); }
Ti.API.info(readsLater(1));
function earlier(a, b = a + 1, c = () => d, d = 4) { return [b, c()].join(); }
Ti.API.info(earlier(1));
