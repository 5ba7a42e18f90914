// app task registry
var tasks = {};
function start(id, url) { tasks[id] = {url: url, state: 'running'}; }
function finish(id, ok) { if (tasks[id]) { tasks[id].state = ok ? 'done' : 'failed'; } }
start(1, 'a'); start(2, 'b'); finish(1, true); finish(3, true); finish(2, false);
Ti.API.info(JSON.stringify(tasks));
