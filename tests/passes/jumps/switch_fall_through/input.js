switch (level) {
    case 1:
        Ti.API.info('one');
    case 2:
        Ti.API.info('one or two');
        break;
    default:
        Ti.API.info('other');
}
