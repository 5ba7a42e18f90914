// A background-fetch sync written in today's JavaScript: async/await, a Promise around
// Ti.Network.HTTPClient, arrow functions, template literals, for...of, then URL-session downloads.
const urlSession = require('com.appcelerator.urlSession');
const API = 'https://api.example.com/';
function getJSON(path) {
  return new Promise((resolve, reject) => {
    const xhr = Ti.Network.createHTTPClient({
      timeout: 5000,
      onload() { resolve(JSON.parse(this.responseText)); },
      onerror(e) { reject(new Error(`${path}: ${e.error}`)); }
    });
    xhr.open('GET', API + path);
    xhr.send();
  });
}
async function sync(handlerId) {
  try {
    const feed = await getJSON('feed.json');
    Ti.API.info(`feed has ${feed.items.length} items`);
    const session = urlSession.createSession({configuration: urlSession.createSessionConfiguration({identifier: 'modern'})});
    for (const item of feed.items) session.downloadTask({url: API + item.file});
    Ti.App.Properties.setString('lastSync', feed.updated);
  } catch (e) {
    Ti.API.error(`sync failed: ${e.message}`);
  } finally {
    if (handlerId) Ti.App.iOS.endBackgroundHandler(handlerId);
  }
}
Ti.App.iOS.addEventListener('backgroundfetch', e => sync(e.handlerId));
Ti.App.iOS.addEventListener('downloadcompleted', e => Ti.API.info(`downloaded task ${e.taskIdentifier}: ${e.data.length} bytes`));
Ti.App.iOS.addEventListener('sessioncompleted', e => Ti.API.info(`session task ${e.taskIdentifier} success=${e.success}`));
Ti.API.info('last sync: ' + Ti.App.Properties.getString('lastSync', 'never'));
