var switch_value = 'taken by the program';
switch (items.length % 2) { // even or odd
    case 0:
        Ti.API.info('even');
        break;
    case 1:
        Ti.API.info('odd');
}
