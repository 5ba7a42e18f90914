"""The ``length`` of each built-in function, as the ECMAScript specification gives it: the number
of parameters before the first optional or rest one (``Array.prototype.map.length === 1``,
``Math.max.length === 2``).  The runtime's Python signatures cannot say it (``map(fn, this_arg)``
takes a second, optional, argument; ``Math.max(*args)`` takes any number), so it is a table.
"""

from __future__ import annotations

_TABLE = {
    "Array.prototype": (
        "at:1 concat:1 copyWithin:2 entries:0 every:1 fill:1 filter:1 find:1 findIndex:1 findLast:1 "
        "findLastIndex:1 flat:0 flatMap:1 forEach:1 includes:1 indexOf:1 join:1 keys:0 lastIndexOf:1 map:1 "
        "pop:0 push:1 reduce:1 reduceRight:1 reverse:0 shift:0 slice:2 some:1 sort:1 splice:2 "
        "toLocaleString:0 toString:0 unshift:1 values:0"),
    "String.prototype": (
        "at:1 charAt:1 charCodeAt:1 codePointAt:1 concat:1 endsWith:1 includes:1 indexOf:1 lastIndexOf:1 "
        "localeCompare:1 match:1 matchAll:1 normalize:0 padEnd:1 padStart:1 repeat:1 replace:2 replaceAll:2 "
        "search:1 slice:2 split:2 startsWith:1 substr:2 substring:2 toLocaleLowerCase:0 toLocaleUpperCase:0 "
        "toLowerCase:0 toString:0 toUpperCase:0 trim:0 trimEnd:0 trimLeft:0 trimRight:0 trimStart:0 valueOf:0"),
    "Number.prototype": "toExponential:1 toFixed:1 toLocaleString:0 toPrecision:1 toString:1 valueOf:0",
    "Boolean.prototype": "toString:0 valueOf:0",
    "Object.prototype": (
        "hasOwnProperty:1 isPrototypeOf:1 propertyIsEnumerable:1 toLocaleString:0 toString:0 valueOf:0"),
    "Function.prototype": "apply:2 bind:1 call:1 toString:0",
    "Map.prototype": "clear:0 delete:1 entries:0 forEach:1 get:1 has:1 keys:0 set:2 values:0",
    "Set.prototype": "add:1 clear:0 delete:1 entries:0 forEach:1 has:1 values:0",
    "WeakMap.prototype": "delete:1 get:1 has:1 set:2",
    "WeakSet.prototype": "add:1 delete:1 has:1",
    "RegExp.prototype": "exec:1 test:1 toString:0",
    "Promise.prototype": "catch:1 finally:1 then:2",
    "Date.prototype": (
        "getDate:0 getDay:0 getFullYear:0 getHours:0 getMilliseconds:0 getMinutes:0 getMonth:0 getSeconds:0 "
        "getTime:0 getTimezoneOffset:0 getUTCDate:0 getUTCDay:0 getUTCFullYear:0 getUTCHours:0 "
        "getUTCMilliseconds:0 getUTCMinutes:0 getUTCMonth:0 getUTCSeconds:0 setDate:1 setFullYear:3 setHours:4 "
        "setMilliseconds:1 setMinutes:3 setMonth:2 setSeconds:2 setTime:1 setUTCDate:1 setUTCFullYear:3 "
        "setUTCHours:4 setUTCMilliseconds:1 setUTCMinutes:3 setUTCMonth:2 setUTCSeconds:2 toDateString:0 "
        "toISOString:0 toJSON:1 toLocaleDateString:0 toLocaleString:0 toLocaleTimeString:0 toString:0 "
        "toTimeString:0 toUTCString:0 valueOf:0 getYear:0 setYear:1 toGMTString:0"),
    "Object": (
        "assign:2 create:2 defineProperties:2 defineProperty:3 entries:1 freeze:1 fromEntries:1 "
        "getOwnPropertyDescriptor:2 getOwnPropertyDescriptors:1 getOwnPropertyNames:1 getOwnPropertySymbols:1 getPrototypeOf:1 is:2 "
        "isExtensible:1 isFrozen:1 isSealed:1 keys:1 preventExtensions:1 seal:1 setPrototypeOf:2 values:1"),
    "Array": "from:1 isArray:1 of:0",
    "Math": (
        "abs:1 acos:1 acosh:1 asin:1 asinh:1 atan:1 atan2:2 atanh:1 cbrt:1 ceil:1 clz32:1 cos:1 cosh:1 exp:1 "
        "expm1:1 floor:1 fround:1 hypot:2 imul:2 log:1 log10:1 log1p:1 log2:1 max:2 min:2 pow:2 random:0 "
        "round:1 sign:1 sin:1 sinh:1 sqrt:1 tan:1 tanh:1 trunc:1"),
    "Number": "isFinite:1 isInteger:1 isNaN:1 isSafeInteger:1 parseFloat:1 parseInt:2",
    "String": "fromCharCode:1 fromCodePoint:1 raw:1",
    "Date": "now:0 parse:1 UTC:7",
    "Promise": "all:1 allSettled:1 any:1 race:1 reject:1 resolve:1",
    "JSON": "parse:2 stringify:3",
    "": (
        "decodeURI:1 decodeURIComponent:1 encodeURI:1 encodeURIComponent:1 escape:1 isFinite:1 isNaN:1 "
        "parseFloat:1 parseInt:2 unescape:1 Array:1 Boolean:1 Date:7 Error:1 Function:1 Number:1 Object:1 "
        "String:1 RegExp:2 Map:0 Set:0 Promise:1 EvalError:1 RangeError:1 ReferenceError:1 SyntaxError:1 "
        "TypeError:1 URIError:1 AggregateError:2 WeakMap:0 WeakSet:0"),
}

LENGTHS: dict[str, dict[str, int]] = {
    owner: {name: int(n) for name, n in (entry.split(":") for entry in entries.split())}
    for owner, entries in _TABLE.items()
}


def length_of(owner: str, name: str, default: int = 0) -> int:
    """``length`` of the built-in ``owner.name`` (``"Array.prototype"``, ``"map"``)."""
    return LENGTHS.get(owner, {}).get(name, default)

