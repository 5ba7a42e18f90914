"""JS semantics for translated code: the value model, operators and built-ins.

Generated modules import this package as ``js`` and call ``js.add``, ``js.div``, ``js.typeof``
and friends only where plain Python would differ from JavaScript.

The package imports its modules on first use (``js.add`` loads ``ops``), so the translator can
read a fact from one module (``js.exposed``) without loading the whole value model.
"""

from __future__ import annotations

from typing import Any

from ..lazy import load_export

# Each public name and the module (and name there) that defines it.
_SOURCES: dict[str, tuple[str, str]] = {
    'JSON': ('json_codec', 'JSON'),
    'Array': ('builtins', 'Array'),
    'Boolean': ('builtins', 'Boolean'),
    'Object': ('builtins', 'Object'),
    'Date': ('builtins', 'Date'),
    'Error': ('builtins', 'Error'),
    'Math': ('builtins', 'Math'),
    'Number': ('builtins', 'Number'),
    'String': ('builtins', 'String'),
    'decodeURI': ('builtins', 'decodeURI'),
    'decodeURIComponent': ('builtins', 'decodeURIComponent'),
    'encodeURI': ('builtins', 'encodeURI'),
    'encodeURIComponent': ('builtins', 'encodeURIComponent'),
    'escape': ('builtins', 'escape'),
    'isFinite': ('builtins', 'isFinite'),
    'isNaN': ('builtins', 'isNaN'),
    'parseFloat': ('builtins', 'parseFloat'),
    'parseInt': ('builtins', 'parseInt'),
    'unescape': ('builtins', 'unescape'),
    'Thrown': ('ops', 'Thrown'),
    'add': ('ops', 'add'),
    'nullish': ('ops', 'nullish'),
    'optional': ('ops', 'optional'),
    'bit_and': ('ops', 'bit_and'),
    'bit_not': ('ops', 'bit_not'),
    'bit_or': ('ops', 'bit_or'),
    'bit_xor': ('ops', 'bit_xor'),
    'call': ('ops', 'call'),
    'has': ('ops', 'has'),
    'caught': ('ops', 'caught'),
    'dec': ('ops', 'dec'),
    'delete_': ('ops', 'delete_'),
    'div': ('ops', 'div'),
    'for_in': ('ops', 'for_in'),
    'inc': ('ops', 'inc'),
    'not_defined': ('ops', 'not_defined'),
    'set_binding': ('ops', 'set_binding'),
    'set_global': ('ops', 'set_global'),
    'update_global': ('ops', 'update_global'),
    'declare_global': ('realm', 'declare_global'),
    'eval_': ('evaluate', 'eval_'),
    'direct_eval': ('evaluate', 'direct_eval'),
    'Function': ('evaluate', 'Function'),
    'new_array': ('ops', 'new_array'),
    'with_holes': ('ops', 'with_holes'),
    'thrown': ('ops', 'thrown'),
    'void': ('ops', 'void'),
    'ge': ('ops', 'ge'),
    'get': ('ops', 'get'),
    'gt': ('ops', 'gt'),
    'is_number': ('ops', 'is_number'),
    'le': ('ops', 'le'),
    'loose_eq': ('ops', 'loose_eq'),
    'lt': ('ops', 'lt'),
    'mod': ('ops', 'mod'),
    'mul': ('ops', 'mul'),
    'neg': ('ops', 'neg'),
    'number_to_str': ('ops', 'number_to_str'),
    'set_': ('ops', 'set_'),
    'update_property': ('ops', 'update_property'),
    'compound': ('ops', 'compound'),
    'pow_': ('ops', 'pow_'),
    'shl': ('ops', 'shl'),
    'shr': ('ops', 'shr'),
    'strict_eq': ('ops', 'strict_eq'),
    'sub': ('ops', 'sub'),
    'to_int32': ('ops', 'to_int32'),
    'to_number': ('ops', 'to_number'),
    'to_str': ('ops', 'to_str'),
    'to_uint32': ('ops', 'to_uint32'),
    'truthy': ('ops', 'truthy'),
    'typeof': ('ops', 'typeof'),
    'ushr': ('ops', 'ushr'),
    'Symbol': ('symbols', 'Symbol'),
    'JSSymbol': ('values', 'JSSymbol'),
    'Map': ('collections', 'Map'),
    'Set': ('collections', 'Set'),
    'WeakMap': ('collections', 'WeakMap'),
    'WeakSet': ('collections', 'WeakSet'),
    'for_of': ('collections', 'for_of'),
    'ThisFunction': ('functions', 'ThisFunction'),
    'extend': ('functions', 'extend'),
    'instanceof': ('functions', 'instanceof'),
    'new': ('functions', 'new'),
    'super_call': ('functions', 'super_call'),
    'checked_this': ('functions', 'checked_this'),
    'super_member': ('functions', 'super_member'),
    'super_property': ('functions', 'super_property'),
    'this_function': ('functions', 'this_function'),
    'named': ('functions', 'named'),
    'end_class': ('functions', 'end_class'),
    'define_method': ('functions', 'define_method'),
    'strict_this_function': ('functions', 'strict_this_function'),
    'delegate': ('generators', 'delegate'),
    'generator_function': ('generators', 'generator_function'),
    'Promise': ('promise', 'Promise'),
    'async_function': ('promise', 'async_function'),
    'RegExp': ('regexp', 'RegExp'),
    'invoke': ('strings', 'invoke'),
    'Accessor': ('values', 'Accessor'),
    'array_rest': ('values', 'array_rest'),
    'arguments_object': ('values', 'arguments_object'),
    'ascending': ('values', 'ascending'),
    'descending': ('values', 'descending'),
    'define_accessor': ('values', 'define_accessor'),
    'object_rest': ('values', 'object_rest'),
    'with_accessors': ('values', 'with_accessors'),
    'adapt_args': ('values', 'adapt_args'),
    'Infinity': ('values', 'Infinity'),
    'JSArray': ('values', 'JSArray'),
    'JSError': ('values', 'JSError'),
    'JSObject': ('values', 'JSObject'),
    'JSRangeError': ('values', 'JSRangeError'),
    'JSReferenceError': ('values', 'JSReferenceError'),
    'JSSyntaxError': ('values', 'JSSyntaxError'),
    'JSURIError': ('values', 'JSURIError'),
    'JSEvalError': ('values', 'JSEvalError'),
    'JSTypeError': ('values', 'JSTypeError'),
    'NaN': ('values', 'NaN'),
    'undefined': ('values', 'undefined'),
    'key': ('values', 'to_property_key'),
    'unpack': ('syntax', 'unpack'),
    'with_object': ('syntax', 'with_object'),
    'template_object': ('syntax', 'template_object'),
}


def __getattr__(name: str) -> Any:
    if name == "global_this":  # the running app's global object: looked up each time, never cached
        from .realm import global_object

        return global_object()
    return load_export(__name__, globals(), _SOURCES, name)


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    'not_defined', 'set_binding', 'set_global', 'update_global', 'declare_global', 'eval_', 'direct_eval', 'Function',
    'unpack', 'with_object', 'template_object', 'Array', 'Object', 'Accessor', 'array_rest', 'ascending', 'descending', 'define_accessor', 'object_rest',
    'with_accessors', 'extend', 'end_class', 'define_method', 'super_call', 'super_member', 'super_property', 'Map', 'Set', 'WeakMap', 'WeakSet',
    'Promise', 'async_function', 'global_this', 'generator_function', 'delegate', 'for_of', 'nullish', 'optional',
    'Symbol', 'JSSymbol', 'RegExp', 'ThisFunction', 'instanceof', 'new', 'named', 'this_function', 'strict_this_function', 'Thrown', 'adapt_args', 'arguments_object', 'bit_and',
    'bit_not', 'bit_or', 'bit_xor', 'shl', 'shr', 'ushr', 'to_int32', 'to_uint32',
    'delete_', 'for_in', 'has', 'caught', 'dec', 'inc', 'invoke', 'new_array', 'with_holes',
    'thrown', 'void', 'JSON', 'Boolean', 'Date', 'Error', 'Math', 'Number',
    'String', 'isNaN', 'parseFloat', 'parseInt', 'isFinite', 'escape', 'unescape', 'encodeURIComponent',
    'decodeURIComponent', 'encodeURI', 'decodeURI', 'JSURIError', 'JSEvalError', 'add', 'update_property', 'compound', 'pow_', 'call',
    'div', 'ge', 'get', 'gt', 'is_number', 'le', 'loose_eq', 'lt',
    'mod', 'mul', 'neg', 'number_to_str', 'set_', 'strict_eq', 'sub', 'to_number',
    'to_str', 'truthy', 'typeof', 'key', 'Infinity', 'JSArray', 'JSError', 'JSObject',
    'JSRangeError', 'JSReferenceError', 'JSSyntaxError', 'JSTypeError', 'NaN', 'undefined',
]
