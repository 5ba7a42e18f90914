// this constructor return object
function Make() { this.a = 1; return {b: 2}; }
function Keep() { this.a = 1; return 5; }
Ti.API.info(JSON.stringify(new Make()) + ' ' + JSON.stringify(new Keep()));
