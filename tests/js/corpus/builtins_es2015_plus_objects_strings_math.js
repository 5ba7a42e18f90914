// Object.entries/values/fromEntries, Number statics, newer string methods, more of Math
var prices = {apple: 3, pear: 2, "1": "one"};
Ti.API.info(JSON.stringify(Object.entries(prices)) + " " + Object.values(prices).join(","));
var doubled = Object.fromEntries(Object.entries({a: 1, b: 2}).map(([k, v]) => [k, v * 2]));
Ti.API.info(JSON.stringify(doubled) + " " + JSON.stringify(Object.fromEntries(new Map([["m", 1]]))));
Ti.API.info(Number.isInteger(5) + " " + Number.isInteger(5.5) + " " + Number.isInteger("5") + " " + Number.isFinite(1 / 0) + " " + Number.isFinite("1"));
Ti.API.info(Number.isNaN(NaN) + " " + Number.isNaN("x") + " " + Number.MAX_SAFE_INTEGER + " " + Number.isSafeInteger(2 ** 53) + " " + (Number.EPSILON > 0));
Ti.API.info("x".padStart(4, "ab") + "|" + "x".padEnd(3) + "|" + "long".padStart(2) + "|" + "5".padStart(3, "0"));
Ti.API.info("[" + "  y ".trimStart() + "][" + "  y ".trimEnd() + "] " + "abc".at(-1) + " " + "abc".includes("bc") + " " + "abc".startsWith("b", 1));
Ti.API.info(["b", "a", "C"].sort((p, q) => p.localeCompare(q)).join("") + " " + "a".localeCompare("b") + " " + "b".localeCompare("a") + " " + "a".localeCompare("a"));
Ti.API.info(Math.trunc(-4.7) + " " + Math.trunc(4.7) + " " + Math.sign(-3) + " " + Math.sign(0) + " " + Math.hypot(3, 4) + " " + Math.cbrt(27) + " " + Math.cbrt(-8));
Ti.API.info(Math.floor(Infinity) + " " + Math.ceil(-Infinity) + " " + Math.log2(8) + " " + Math.log10(1000) + " " + Math.round(Math.log(Math.E) * 100));
