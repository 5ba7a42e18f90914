// ES2015: default and rest parameters, spread, for...of, Map and Set.
function greet(name, greeting = 'Hello', mark = name.length > 3 ? '!' : '.') {
    return greeting + ', ' + name + mark;
}
function sum(first, ...others) {
    var total = first;
    for (const x of others) {
        total += x;
    }
    return total + ' (' + others.length + ' more)';
}
var parts = [2, 3, 4];
Ti.API.info(greet('Ann') + ' ' + greet('Bob', undefined) + ' ' + greet('Carla', 'Hi') + ' ' + greet('D', null));
Ti.API.info(sum(1) + ' ' + sum(1, 2) + ' ' + sum(...parts) + ' ' + sum(0, ...parts, 10));
var joined = [0, ...parts, ...'ab'];
Ti.API.info(JSON.stringify(joined) + ' ' + Math.max(...parts));
var letters = [];
for (let ch of 'hé!') {
    letters.push(ch);
}
Ti.API.info(letters.join('|'));
var seen = new Map();
seen.set('a', 1).set(1, 'one').set(true, 'yes').set(NaN, 'nan');
Ti.API.info(seen.size + ' ' + seen.get('a') + ' ' + seen.get(1) + ' ' + seen.get(true) + ' ' + seen.get(NaN) + ' ' + seen.has('1'));
var pairs = [];
for (const entry of seen) {
    pairs.push(String(entry[0]) + '=' + entry[1]);
}
Ti.API.info(pairs.join(', '));
var unique = new Set([3, 1, 3, 2, 1]);
unique.add(4);
unique.delete(1);
var values = [];
unique.forEach(function (v) { values.push(v); });
Ti.API.info(unique.size + ' ' + values.join(',') + ' ' + unique.has(3) + ' ' + JSON.stringify(unique));
