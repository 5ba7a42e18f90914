// closures shared state
function makeAccount(balance) {
  return { deposit: function (x) { balance = balance + x; return balance; }, get: function () { return balance; } };
}
var acc = makeAccount(10);
acc.deposit(5);
Ti.API.info(acc.get());
