// Shared by the npm library programs: each check prints one line, "label: value", where value is
// a JS-like rendering of what the function returned (or what it threw), so a difference between
// node and the converted program shows which check it is.

function show(value, depth) {
    depth = depth || 0;
    if (value === undefined) return 'undefined';
    if (value === null) return 'null';
    var kind = typeof value;
    if (kind === 'number') {
        if (value !== value) return 'NaN';
        if (value === 0 && 1 / value < 0) return '-0';
        return String(value);
    }
    if (kind === 'string') return JSON.stringify(value);
    if (kind === 'boolean') return String(value);
    if (kind === 'function') return 'function' + (value.name ? ' ' + value.name : '');
    if (depth > 4) return '...';
    if (value instanceof Date) return 'Date(' + (isNaN(value.getTime()) ? 'Invalid' : value.toISOString()) + ')';
    if (value instanceof RegExp) return String(value);
    if (value instanceof Error) return value.name + '(' + JSON.stringify(value.message) + ')';
    if (Array.isArray(value)) {
        var items = [];
        for (var i = 0; i < value.length; i++) items.push(show(value[i], depth + 1));
        return '[' + items.join(', ') + ']';
    }
    var parts = [];
    for (var key in value) {
        if (Object.prototype.hasOwnProperty.call(value, key)) {
            parts.push(key + ': ' + show(value[key], depth + 1));
        }
    }
    return '{' + parts.join(', ') + '}';
}

function check(label, fn) {
    var text;
    try {
        text = show(fn());
    } catch (e) {
        // A library's own Error keeps its message; an engine's TypeError/RangeError... is worded
        // by each engine its own way (ti2py words them as JavaScriptCore does), so only its name.
        var engineWorded = e instanceof TypeError || e instanceof ReferenceError || e instanceof RangeError || e instanceof SyntaxError;
        text = 'threw ' + (e && e.name) + (engineWorded ? '' : ': ' + (e && e.message));
    }
    Ti.API.info(label + ': ' + text);
}

module.exports = {show: show, check: check};
