// Settings shared by the app's modules.
module.exports = {
    title: 'NewsReader',
    server: 'https://news.example.com/'
};
