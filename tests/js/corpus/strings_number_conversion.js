// strings number conversion
Ti.API.info([String(123), String(1.50), String(-0), String(null), String(undefined), String(true), String([1, [2, 3]]), String({})].join('|'));
