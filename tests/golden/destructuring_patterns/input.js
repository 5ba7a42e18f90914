// destructuring objects: renames, defaults, nested patterns, rest, computed keys
const {a, b: bee = 5, ...others} = {a: 1, c: 3, d: 4};
Ti.API.info(a + " " + bee + " " + JSON.stringify(others));
const config = {server: {host: "127.0.0.1", port: 8080}, retries: 0, "content-type": "json"};
const {server: {host, port = 80, path = "/"}, retries = 3, ["content-type"]: kind} = config;
Ti.API.info(host + ":" + port + path + " retries=" + retries + " kind=" + kind);
let total = 0;
const {missing = total++} = {missing: null};
Ti.API.info(missing + " " + total);  // null is not undefined: the default is not evaluated
var {length} = "hello";
Ti.API.info(length);
function load() { Ti.API.info("load called"); return {id: 7, name: "seven"}; }
var {id, name} = load();
Ti.API.info(id + name);
