let count = 1;
if (ready) {
    let count = 2;
    Ti.API.info(count);
}
Ti.API.info(count);
