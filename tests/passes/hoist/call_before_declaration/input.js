var total = refresh();
function refresh() {
    return pending().length;
}
function pending() {
    return [1, 2, 3];
}
function unused() {
    return 0;
}
