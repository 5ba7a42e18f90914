// Constructs the translator does not handle are errors with line:column, not crashes.
var pattern = /ab+c/g;
function upper(strings) {
    return strings.join("").toUpperCase();
}
var title = upper("chapter") + 10n;
var settings = {volume: 3};
async function* ticks() {
    yield settings.volume;
}
