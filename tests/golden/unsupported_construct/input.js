// Constructs the translator does not handle yet are errors with line:column, not crashes.
var pattern = /ab+c/g;
function Point(x) {
    this.x = x;
}
var point = new Point(1);
outer: for (var i = 0; i < 2; i++) {
    break outer;
}
