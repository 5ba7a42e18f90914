// json stringify special
Ti.API.info(JSON.stringify({u: undefined, f: function () {}, n: null, nan: NaN, inf: Infinity, neg: -0, d: 1.50}) + ' ' + JSON.stringify([undefined, function () {}]) + ' ' + JSON.stringify('s') + ' ' + JSON.stringify(undefined));
