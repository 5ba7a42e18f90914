// json stringify dates and nested arrays
Ti.API.info(JSON.stringify({d: new Date(0), a: [[], [[]]], e: {}}) + ' ' + JSON.stringify([new Date(1500)]));
