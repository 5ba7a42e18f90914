// Constructs the translator does not handle yet are errors with line:column, not crashes.
var kind = 'a';
switch (kind) {
    case 'a':
        Ti.API.info('A');
        break;
}
var bits = 5 & 3;
