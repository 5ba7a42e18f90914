// app state machine
var state = 'idle';
var transitions = {idle: {start: 'running'}, running: {pause: 'paused', finish: 'done'}, paused: {resume: 'running'}};
var log = [state];
['start', 'pause', 'resume', 'finish', 'start'].forEach(function (a) { var next = transitions[state] && transitions[state][a]; if (next) { state = next; } log.push(next ? state : 'ignored:' + a); });
Ti.API.info(log.join(' > '));
