// every item is logged
items.forEach(function (item, index) {
    Ti.API.info(index + ': ' + item);
});
button.addEventListener('click', function (e) {
    Ti.API.info('clicked ' + e.source.title);
});
