// this call apply
function greet(greeting, mark) { return greeting + ', ' + this.name + mark; }
var p = {name: 'Ann'};
Ti.API.info(greet.call(p, 'Hi', '!') + ' ' + greet.apply(p, ['Yo', '?']) + ' ' + greet.bind(p, 'Hey')('.'));
