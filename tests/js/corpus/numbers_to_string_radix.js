// numbers to string radix
Ti.API.info([(255).toString(16), (255).toString(2), (-10).toString(3), (8).toString(8), (35).toString(36)].join(' '));
