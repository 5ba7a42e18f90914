// an image or a video
switch (kind) {
    case 'png':
    case 'jpg':
        show('image');
        break;
    case 'mp4':
        show('video');
        break;
    default:
        show('other');
}
