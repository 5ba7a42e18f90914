// strings escapes
Ti.API.info(JSON.stringify('tab\there "quoted" back\\slash \u2028 line'));
