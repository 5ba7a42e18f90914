// typeof all
Ti.API.info([typeof 1, typeof 'a', typeof true, typeof undefined, typeof null, typeof {}, typeof [], typeof function () {}, typeof NaN].join(' '));
