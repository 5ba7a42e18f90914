// functions recursion
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
Ti.API.info(fib(15) + ' ' + fact(10) + ' ' + fact(20));
