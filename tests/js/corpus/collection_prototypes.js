// Map, Set, WeakMap, WeakSet and RegExp prototypes: borrowable methods, TypeError for another receiver, getters.
var m = new Map([[1, 'a']]);
Ti.API.info(Map.prototype.get.call(m, 1), Map.prototype.get.length, Map.prototype.set.name, m instanceof Map);
try { Map.prototype.get.call({}, 1); } catch (e) { Ti.API.info(e.name); }
try { Set.prototype.add.call([], 1); } catch (e) { Ti.API.info(e.name); }
Ti.API.info(RegExp.prototype.exec.call(/b/, 'abc')[0], RegExp.prototype.test.length, Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.call(m));
try { RegExp.prototype.exec.call({}, 'x'); } catch (e) { Ti.API.info(e.name); }
Ti.API.info(typeof Map.prototype.forEach, Map.prototype.constructor === Map, Object.getOwnPropertyDescriptor(Set.prototype, 'has').enumerable);
var s = new Set([1,2]); Ti.API.info(s.size, m.size, s.has(2));
