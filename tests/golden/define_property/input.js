// Object.defineProperty: values, accessors, enumerability, writability
const o = {};
Object.defineProperty(o, "hidden", {value: 42});
Object.defineProperty(o, "twice", {get: function () { return this.hidden * 2; }, enumerable: true});
o.hidden = 1;  // not writable: ignored
Ti.API.info(o.hidden + " " + o.twice + " " + Object.keys(o).join(",") + " " + JSON.stringify(o));
const temp = {_c: 20};
Object.defineProperty(temp, "fahrenheit", {
  get: function () { return this._c * 9 / 5 + 32; },
  set: function (f) { this._c = (f - 32) * 5 / 9; },
});
temp.fahrenheit = 212;
Ti.API.info(temp._c + " " + temp.fahrenheit + " " + Object.keys(temp).join(","));
const w = {};
Object.defineProperty(w, "x", {value: 1, writable: true, enumerable: true, configurable: true});
w.x = 5;
Ti.API.info(JSON.stringify(w));
Object.defineProperties(w, {y: {value: 2, enumerable: true}, z: {value: 3}});
Ti.API.info(Object.keys(w).join(",") + " " + w.z + " " + ("z" in w));
try {
  Object.defineProperty(w, "bad", {get: function () { return 1; }, value: 2});
} catch (e) {
  Ti.API.info(e.name);
}
