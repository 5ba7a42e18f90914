var greet = function (who) {
    return 'hello ' + who;
};
var sorted = numbers.sort(function (a, b) { return a - b; });
var named = function inner() { return inner; };
