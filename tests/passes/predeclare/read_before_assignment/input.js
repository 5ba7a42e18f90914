var text;
if (flag) {
    text = 'yes';
}
function later() {
    return seen;
}
var seen = true;
Ti.API.info(text + later());
