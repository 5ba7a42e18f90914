// numbers float precision
Ti.API.info([0.1 * 3, 1.1 + 2.2, 3 * 1.1, 100 / 3, 1e300 * 1e10, -1e-300 * 1e-300, 2e-7, 123e-20].join(' '));
