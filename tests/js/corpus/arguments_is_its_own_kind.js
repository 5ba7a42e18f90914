// A function's `arguments` is an object of its own kind, as libraries test it (underscore's
// _.isArguments, _.isArray): indexed, with a length, but not an array.
function kinds() {
  return [Array.isArray(arguments), Object.prototype.toString.call(arguments), typeof arguments,
          arguments.length, Array.prototype.slice.call(arguments, 1).join(','),
          Object.getPrototypeOf(arguments) === Object.prototype].join(' ');
}
Ti.API.info(kinds(1, 'b', 3));
function largest() { return Math.max.apply(null, arguments); }
Ti.API.info(largest(4, 9, 2));
function count() { var n = 0; for (var k in arguments) n++; return n + ' ' + Object.keys(arguments).join(','); }
Ti.API.info(count('x', 'y'));
