"""``Ti.XML``: DOM Level 2 documents over the standard library's ``xml.dom.minidom``.

Text is parsed with defusedxml, which refuses entity declarations (the "billion laughs" and
external-entity attacks) and never fetches a DTD; iOS Titanium has no DTD support either.  Each
minidom node gets one proxy (kept on the node), so ``a.firstChild === b.firstChild`` holds as in
JS.  A malformed document, or a DOM operation the document refuses, throws a JS ``Error``.

``evaluate(xpath)`` (an iOS extension of Titanium's DOM) understands the location paths apps use:
``/`` and ``//`` steps, names, ``*``, ``.``, ``..``, ``@name``, ``text()``, ``node()`` and the
predicates ``[n]``, ``[last()]``, ``[@a]``, ``[@a='v']``, ``[name()='v']``, ``[child]``,
``[child='v']``; anything else throws an Error naming the expression.
"""

from __future__ import annotations

import re
import xml.dom
import xml.dom.minidom as minidom
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator
from xml.parsers.expat import ExpatError

from defusedxml import DefusedXmlException
from defusedxml.minidom import parseString as defused_parse

from ..js.ops import is_number, to_number, to_str
from ..js.values import JSArray, JSError, undefined
from .proxy import Proxy

if TYPE_CHECKING:
    from ..app import App

_PROXY_ATTR = "_ti2py_proxy"


def _dom_call(action: Callable[[], Any]) -> Any:
    """Run a minidom operation; a DOM exception becomes the JS Error a device throws."""
    try:
        return action()
    except (xml.dom.DOMException, ValueError, TypeError, AttributeError) as exc:
        raise JSError(f"DOM exception: {exc}") from None


def parse_document(app: "App", text: str) -> "Document":
    """The Ti.XML.Document for ``text``; a JS Error if it is not well-formed XML."""
    try:
        # A str, not bytes: the text is already decoded (responseText, a JS string), so an
        # encoding="ISO-8859-1" declaration in it must not decode it a second time.
        dom = defused_parse(text)
    except DefusedXmlException as exc:
        raise JSError(f"Error parsing XML: {exc}") from None
    except ExpatError as exc:
        raise JSError(f"Error parsing XML: {exc}") from None
    return wrap(app, dom)


def response_document(app: "App", text: str, cache: dict[str, Any]) -> Any:
    """``HTTPClient.responseXML``: the response parsed as a Document, the same object on every
    read of one response; null when the body is empty or not well-formed XML (as XMLHttpRequest
    gives; UNVERIFIED for iOS Titanium, which builds it from responseText the same way)."""
    if cache.get("text") is not text:
        try:
            document = parse_document(app, text) if text.strip() else None
        except JSError:
            document = None
        cache.update(text=text, document=document)
    return cache["document"]


def wrap(app: "App", node: Any) -> Any:
    """The one proxy of a minidom node (null for None)."""
    if node is None:
        return None
    existing = node.__dict__.get(_PROXY_ATTR)
    if existing is not None:
        return existing
    proxy = _CLASS_FOR_TYPE.get(node.nodeType, Node)(app, node)
    setattr(node, _PROXY_ATTR, proxy)
    return proxy


def _unwrap(value: Any) -> Any:
    if not isinstance(value, Node):
        raise JSError("DOM exception: the argument is not a Ti.XML.Node")
    return value._node


class XML(Proxy):
    """``Ti.XML``: ``parseString`` and ``serializeToString``."""

    js_class = "Ti.XML"

    def parseString(self, text: Any = undefined) -> "Document":
        return parse_document(self._app, to_str(text))

    def serializeToString(self, node: Any = undefined) -> str:
        dom = _unwrap(node)
        if dom.nodeType == dom.DOCUMENT_NODE:
            # The document's nodes as written: no XML declaration is invented.
            return "".join(child.toxml() for child in dom.childNodes)
        if dom.nodeType == dom.ATTRIBUTE_NODE:
            return dom.value  # an attribute serializes as its value (DOM Parsing)
        return dom.toxml()


class Node(Proxy):
    """``Ti.XML.Node``: what every node has (DOM Level 2 Core, and Titanium's ``text``)."""

    js_class = "Ti.XML.Node"
    ELEMENT_NODE, ATTRIBUTE_NODE, TEXT_NODE, CDATA_SECTION_NODE = 1, 2, 3, 4
    ENTITY_REFERENCE_NODE, ENTITY_NODE, PROCESSING_INSTRUCTION_NODE, COMMENT_NODE = 5, 6, 7, 8
    DOCUMENT_NODE, DOCUMENT_TYPE_NODE, DOCUMENT_FRAGMENT_NODE, NOTATION_NODE = 9, 10, 11, 12

    def __init__(self, app: "App", node: Any) -> None:
        super().__init__(app)
        object.__setattr__(self, "_node", node)

    def _wrap(self, node: Any) -> Any:
        return wrap(self._app, node)

    # -- properties ------------------------------------------------------------------------------
    @property
    def nodeName(self) -> str:
        return self._node.nodeName

    @property
    def nodeValue(self) -> Any:
        return self._node.nodeValue

    @property
    def nodeType(self) -> int:
        return self._node.nodeType

    @property
    def textContent(self) -> Any:
        node = self._node
        if node.nodeType in (node.DOCUMENT_NODE, node.DOCUMENT_TYPE_NODE, node.NOTATION_NODE):
            return None  # as DOM Level 3 defines it
        if node.nodeType in (node.ELEMENT_NODE, node.DOCUMENT_FRAGMENT_NODE):
            return "".join(_texts(node))
        return node.nodeValue

    text = textContent  # Titanium's older name (deprecated since 2.0, still read by apps)

    @property
    def parentNode(self) -> Any:
        return self._wrap(self._node.parentNode)

    @property
    def childNodes(self) -> "NodeList":
        return NodeList(self._app, list(self._node.childNodes))

    @property
    def firstChild(self) -> Any:
        return self._wrap(self._node.firstChild)

    @property
    def lastChild(self) -> Any:
        return self._wrap(self._node.lastChild)

    @property
    def previousSibling(self) -> Any:
        return self._wrap(self._node.previousSibling)

    @property
    def nextSibling(self) -> Any:
        return self._wrap(self._node.nextSibling)

    @property
    def attributes(self) -> Any:
        return None  # only elements have attributes (Element overrides this)

    @property
    def ownerDocument(self) -> Any:
        return self._wrap(self._node.ownerDocument)

    @property
    def namespaceURI(self) -> Any:
        return getattr(self._node, "namespaceURI", None)

    @property
    def prefix(self) -> Any:
        return getattr(self._node, "prefix", None)

    @property
    def localName(self) -> Any:
        return getattr(self._node, "localName", None)

    # -- methods ---------------------------------------------------------------------------------
    def appendChild(self, child: Any = undefined) -> Any:
        return self._wrap(_dom_call(lambda: self._node.appendChild(_unwrap(child))))

    def insertBefore(self, child: Any = undefined, reference: Any = None) -> Any:
        ref = None if reference is None or reference is undefined else _unwrap(reference)
        return self._wrap(_dom_call(lambda: self._node.insertBefore(_unwrap(child), ref)))

    def removeChild(self, child: Any = undefined) -> Any:
        return self._wrap(_dom_call(lambda: self._node.removeChild(_unwrap(child))))

    def replaceChild(self, new: Any = undefined, old: Any = undefined) -> Any:
        return self._wrap(_dom_call(lambda: self._node.replaceChild(_unwrap(new), _unwrap(old))))

    def cloneNode(self, deep: Any = False) -> Any:
        return self._wrap(_dom_call(lambda: self._node.cloneNode(deep is True)))

    def hasChildNodes(self) -> bool:
        return bool(self._node.hasChildNodes())

    def hasAttributes(self) -> bool:
        return bool(getattr(self._node, "attributes", None))

    def normalize(self) -> None:
        self._node.normalize()

    def isSupported(self, feature: Any = undefined, version: Any = None) -> bool:
        return bool(minidom.getDOMImplementation().hasFeature(to_str(feature), None if version is None else to_str(version)))

    def evaluate(self, expression: Any = undefined) -> "NodeList":
        return NodeList(self._app, _XPath(to_str(expression)).select(self._node))


class Document(Node):
    js_class = "Ti.XML.Document"

    @property
    def documentElement(self) -> Any:
        return self._wrap(self._node.documentElement)

    @property
    def doctype(self) -> Any:
        return self._wrap(self._node.doctype)

    def createElement(self, name: Any = undefined) -> Any:
        return self._wrap(_dom_call(lambda: self._node.createElement(to_str(name))))

    def createElementNS(self, uri: Any = undefined, name: Any = undefined) -> Any:
        return self._wrap(_dom_call(lambda: self._node.createElementNS(_uri(uri), to_str(name))))

    def createTextNode(self, data: Any = undefined) -> Any:
        return self._wrap(self._node.createTextNode(to_str(data)))

    def createComment(self, data: Any = undefined) -> Any:
        return self._wrap(self._node.createComment(to_str(data)))

    def createCDATASection(self, data: Any = undefined) -> Any:
        return self._wrap(self._node.createCDATASection(to_str(data)))

    def createProcessingInstruction(self, target: Any = undefined, data: Any = "") -> Any:
        return self._wrap(self._node.createProcessingInstruction(to_str(target), to_str(data)))

    def createAttribute(self, name: Any = undefined) -> Any:
        return self._wrap(_dom_call(lambda: self._node.createAttribute(to_str(name))))

    def createAttributeNS(self, uri: Any = undefined, name: Any = undefined) -> Any:
        return self._wrap(_dom_call(lambda: self._node.createAttributeNS(_uri(uri), to_str(name))))

    def createDocumentFragment(self) -> Any:
        return self._wrap(self._node.createDocumentFragment())

    def getElementById(self, element_id: Any = undefined) -> Any:
        # Without a DTD no attribute is of type ID; like the iOS SDK, an attribute named "id" counts.
        wanted = to_str(element_id)
        found = next((e for e in _elements(self._node) if e.getAttribute("id") == wanted), None)
        return self._wrap(found)

    def getElementsByTagName(self, name: Any = undefined) -> "NodeList":
        return NodeList(self._app, _by_tag_name(self._node, to_str(name)))

    def getElementsByTagNameNS(self, uri: Any = undefined, name: Any = undefined) -> "NodeList":
        return NodeList(self._app, list(self._node.getElementsByTagNameNS(_uri(uri) or "*", to_str(name))))

    def importNode(self, node: Any = undefined, deep: Any = False) -> Any:
        return self._wrap(_dom_call(lambda: self._node.importNode(_unwrap(node), deep is True)))


class Element(Node):
    js_class = "Ti.XML.Element"

    @property
    def tagName(self) -> str:
        return self._node.tagName

    @property
    def attributes(self) -> "NamedNodeMap":
        return NamedNodeMap(self._app, self._node)

    def getAttribute(self, name: Any = undefined) -> str:
        return self._node.getAttribute(to_str(name))  # "" when absent, as Titanium documents

    def getAttributeNS(self, uri: Any = undefined, name: Any = undefined) -> str:
        return self._node.getAttributeNS(_uri(uri), to_str(name))

    def setAttribute(self, name: Any = undefined, value: Any = undefined) -> None:
        _dom_call(lambda: self._node.setAttribute(to_str(name), to_str(value)))

    def setAttributeNS(self, uri: Any = undefined, name: Any = undefined, value: Any = undefined) -> None:
        _dom_call(lambda: self._node.setAttributeNS(_uri(uri), to_str(name), to_str(value)))

    def removeAttribute(self, name: Any = undefined) -> None:
        if self._node.hasAttribute(to_str(name)):
            self._node.removeAttribute(to_str(name))

    def removeAttributeNS(self, uri: Any = undefined, name: Any = undefined) -> None:
        if self._node.hasAttributeNS(_uri(uri), to_str(name)):
            self._node.removeAttributeNS(_uri(uri), to_str(name))

    def hasAttribute(self, name: Any = undefined) -> bool:
        return bool(self._node.hasAttribute(to_str(name)))

    def hasAttributeNS(self, uri: Any = undefined, name: Any = undefined) -> bool:
        return bool(self._node.hasAttributeNS(_uri(uri), to_str(name)))

    def getAttributeNode(self, name: Any = undefined) -> Any:
        return self._wrap(self._node.getAttributeNode(to_str(name)))

    def getAttributeNodeNS(self, uri: Any = undefined, name: Any = undefined) -> Any:
        return self._wrap(self._node.getAttributeNodeNS(_uri(uri), to_str(name)))

    def setAttributeNode(self, attr: Any = undefined) -> Any:
        return self._wrap(_dom_call(lambda: self._node.setAttributeNode(_unwrap(attr))))

    setAttributeNodeNS = setAttributeNode

    def removeAttributeNode(self, attr: Any = undefined) -> Any:
        return self._wrap(_dom_call(lambda: self._node.removeAttributeNode(_unwrap(attr))))

    def getElementsByTagName(self, name: Any = undefined) -> "NodeList":
        return NodeList(self._app, _by_tag_name(self._node, to_str(name)))

    def getElementsByTagNameNS(self, uri: Any = undefined, name: Any = undefined) -> "NodeList":
        return NodeList(self._app, list(self._node.getElementsByTagNameNS(_uri(uri) or "*", to_str(name))))


class Attr(Node):
    js_class = "Ti.XML.Attr"

    @property
    def name(self) -> str:
        return self._node.name

    @property
    def value(self) -> str:
        return self._node.value

    @property
    def specified(self) -> bool:
        return True  # without a DTD there are no default values

    @property
    def ownerElement(self) -> Any:
        return self._wrap(self._node.ownerElement)

    @property
    def parentNode(self) -> Any:
        return None  # attributes are not children of their element (DOM Level 2)


class CharacterData(Node):
    js_class = "Ti.XML.CharacterData"

    @property
    def data(self) -> str:
        return self._node.data

    @property
    def length(self) -> int:
        return len(self._node.data)

    def substringData(self, offset: Any = 0, count: Any = 0) -> str:
        start = _offset(offset, len(self._node.data))
        return self._node.data[start:start + max(0, int(to_number(count)))]

    def appendData(self, data: Any = undefined) -> None:
        self._node.data += to_str(data)

    def insertData(self, offset: Any = 0, data: Any = undefined) -> None:
        text = self._node.data
        start = _offset(offset, len(text))
        self._node.data = text[:start] + to_str(data) + text[start:]

    def deleteData(self, offset: Any = 0, count: Any = 0) -> None:
        self.replaceData(offset, count, "")

    def replaceData(self, offset: Any = 0, count: Any = 0, data: Any = "") -> None:
        text = self._node.data
        start = _offset(offset, len(text))
        self._node.data = text[:start] + to_str(data) + text[start + max(0, int(to_number(count))):]


class Text(CharacterData):
    js_class = "Ti.XML.Text"

    def splitText(self, offset: Any = 0) -> Any:
        return self._wrap(_dom_call(lambda: self._node.splitText(_offset(offset, len(self._node.data)))))


class CDATASection(Text):
    js_class = "Ti.XML.CDATASection"


class Comment(CharacterData):
    js_class = "Ti.XML.Comment"


class ProcessingInstruction(Node):
    js_class = "Ti.XML.ProcessingInstruction"

    @property
    def target(self) -> str:
        return self._node.target

    @property
    def data(self) -> str:
        return self._node.data


class DocumentType(Node):
    js_class = "Ti.XML.DocumentType"

    @property
    def name(self) -> str:
        return self._node.name

    @property
    def publicId(self) -> Any:
        return self._node.publicId

    @property
    def systemId(self) -> Any:
        return self._node.systemId


class DocumentFragment(Node):
    js_class = "Ti.XML.DocumentFragment"


class NodeList(JSArray):
    """``Ti.XML.NodeList``: ``length`` and ``item(i)`` (null outside the list), a snapshot taken
    when it was asked for.  It is a JS array of the nodes, so ``nodes[i]`` reads a node as apps
    written for iOS do (``items[i]`` in a loop); a Ti proxy would not get index reads from the
    runtime's property access.  (On a device it is not an Array: ``Array.isArray`` differs.)"""

    js_class = "Ti.XML.NodeList"

    def __init__(self, app: "App", nodes: Iterable[Any]) -> None:
        super().__init__(wrap(app, node) for node in nodes)

    def item(self, index: Any = undefined) -> Any:
        number = to_number(index)
        if is_number(number) and number == number and 0 <= number < len(self):
            return list.__getitem__(self, int(number))
        return None


class NamedNodeMap(Proxy):
    """``Ti.XML.NamedNodeMap``: an element's attributes, live.  ``attributes.href`` (a name read
    as a property, as WebKit allows and apps use) gives the Attr too."""

    js_class = "Ti.XML.NamedNodeMap"

    def __init__(self, app: "App", element: Any) -> None:
        super().__init__(app)
        object.__setattr__(self, "_element", element)

    def _attrs(self) -> list[Any]:
        attributes = self._element.attributes
        return [attributes.item(i) for i in range(attributes.length)]

    @property
    def length(self) -> int:
        return self._element.attributes.length

    def item(self, index: Any = undefined) -> Any:
        number = to_number(index)
        attrs = self._attrs()
        if is_number(number) and number == number and 0 <= number < len(attrs):
            return wrap(self._app, attrs[int(number)])
        return None

    def getNamedItem(self, name: Any = undefined) -> Any:
        return wrap(self._app, self._element.getAttributeNode(to_str(name)))

    def getNamedItemNS(self, uri: Any = undefined, name: Any = undefined) -> Any:
        return wrap(self._app, self._element.getAttributeNodeNS(_uri(uri), to_str(name)))

    def setNamedItem(self, attr: Any = undefined) -> Any:
        return wrap(self._app, _dom_call(lambda: self._element.setAttributeNode(_unwrap(attr))))

    setNamedItemNS = setNamedItem

    def removeNamedItem(self, name: Any = undefined) -> Any:
        node = self._element.getAttributeNode(to_str(name))
        if node is None:
            raise JSError(f"DOM exception: NOT_FOUND_ERR: no attribute named {to_str(name)}")
        return wrap(self._app, self._element.removeAttributeNode(node))

    def removeNamedItemNS(self, uri: Any = undefined, name: Any = undefined) -> Any:
        node = self._element.getAttributeNodeNS(_uri(uri), to_str(name))
        if node is None:
            raise JSError(f"DOM exception: NOT_FOUND_ERR: no attribute named {to_str(name)}")
        return wrap(self._app, self._element.removeAttributeNode(node))

    def __getattr__(self, name: str) -> Any:
        if not name.startswith("_") and self._element.hasAttribute(name):
            return wrap(self._app, self._element.getAttributeNode(name))
        return super().__getattr__(name)

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, int) or (isinstance(key, str) and key.isdigit()):
            found = self.item(int(key))
            return undefined if found is None else found
        return getattr(self, to_str(key), undefined)


_CLASS_FOR_TYPE: dict[int, type[Node]] = {
    Node.ELEMENT_NODE: Element, Node.ATTRIBUTE_NODE: Attr, Node.TEXT_NODE: Text, Node.CDATA_SECTION_NODE: CDATASection,
    Node.PROCESSING_INSTRUCTION_NODE: ProcessingInstruction, Node.COMMENT_NODE: Comment, Node.DOCUMENT_NODE: Document,
    Node.DOCUMENT_TYPE_NODE: DocumentType, Node.DOCUMENT_FRAGMENT_NODE: DocumentFragment,
}


# -- helpers -----------------------------------------------------------------------------------
def _uri(value: Any) -> Any:
    return None if value is None or value is undefined else to_str(value)


def _offset(value: Any, size: int) -> int:
    number = to_number(value)
    if not (is_number(number) and number == number and 0 <= number <= size):
        raise JSError(f"DOM exception: INDEX_SIZE_ERR: offset {to_str(value)} is outside 0..{size}")
    return int(number)


def _texts(node: Any) -> Iterable[str]:
    for child in node.childNodes:
        if child.nodeType in (child.TEXT_NODE, child.CDATA_SECTION_NODE):
            yield child.data
        elif child.nodeType == child.ELEMENT_NODE:
            yield from _texts(child)


def _by_tag_name(node: Any, name: str) -> list[Any]:
    """The descendant elements named ``name``, in document order, as the iOS SDK matches them: a
    name without a prefix matches the local name (``'date'`` finds ``<dc:date>``), a prefixed one
    the qualified name, ``*`` every element."""
    if name == "*":
        return list(_elements(node))
    if ":" in name:
        return [e for e in _elements(node) if e.tagName == name]
    return [e for e in _elements(node) if (e.localName or e.tagName) == name]


def _elements(node: Any) -> Iterator[Any]:
    for child in node.childNodes:
        if child.nodeType == child.ELEMENT_NODE:
            yield child
            yield from _elements(child)


def _descendants_or_self(node: Any) -> Iterator[Any]:
    yield node
    for child in node.childNodes:
        yield from _descendants_or_self(child)


# -- XPath: the location paths apps use --------------------------------------------------------
_STEP = re.compile(r"\s*(\.\.|\.|@\*|@[\w:.-]+|text\(\)|node\(\)|\*|[\w:.-]+)((?:\[[^\]]*\])*)\s*")
_PREDICATE = re.compile(r"\[([^\]]*)\]")
_COMPARISON = re.compile(r"""^\s*(@?[\w:.-]+|name\(\)|text\(\)|\.)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'))?\s*$""")


class _XPath:
    """A location path compiled to (axis, test, predicates) steps; ``select`` gives the nodes in
    document order, each once."""

    def __init__(self, expression: str) -> None:
        self.expression = expression
        text = expression.strip()
        self.absolute = text.startswith("/")
        self.steps: list[tuple[str, str, list[str]]] = []
        position = 0
        axis = "child"
        if text.startswith("//"):
            axis, position = "descendant", 2
        elif text.startswith("/"):
            position = 1
        if self.absolute and position >= len(text):
            return  # "/" alone: the document
        while True:
            match = _STEP.match(text, position)
            if match is None or match.end() == position:
                raise JSError(f"Unsupported XPath expression: {expression}")
            self.steps.append((axis, match.group(1), _PREDICATE.findall(match.group(2))))
            position = match.end()
            if position >= len(text):
                break
            if text.startswith("//", position):
                axis, position = "descendant", position + 2
            elif text.startswith("/", position):
                axis, position = "child", position + 1
            else:
                raise JSError(f"Unsupported XPath expression: {expression}")

    def select(self, context: Any) -> list[Any]:
        if self.absolute:
            context = context if context.nodeType == context.DOCUMENT_NODE else context.ownerDocument
        nodes = [context]
        for axis, test, predicates in self.steps:
            found: list[Any] = []
            seen: set[int] = set()
            for node in nodes:
                for candidate in self._apply_predicates(self._step(node, axis, test), predicates):
                    if id(candidate) not in seen:
                        seen.add(id(candidate))
                        found.append(candidate)
            nodes = found
        return nodes

    @staticmethod
    def _step(node: Any, axis: str, test: str) -> list[Any]:
        if test == ".":
            return [node]
        if test == "..":
            return [node.parentNode] if node.parentNode is not None else []
        if test.startswith("@"):
            scope = _descendants_or_self(node) if axis == "descendant" else iter([node])
            attrs: list[Any] = []
            for element in scope:
                if element.nodeType == element.ELEMENT_NODE:
                    items = [element.attributes.item(i) for i in range(element.attributes.length)]
                    attrs += [a for a in items if test == "@*" or a.name == test[1:]]
            return attrs
        pool = (n for base in node.childNodes for n in _descendants_or_self(base)) if axis == "descendant" \
            else iter(node.childNodes)
        if test == "text()":
            return [n for n in pool if n.nodeType in (n.TEXT_NODE, n.CDATA_SECTION_NODE)]
        if test == "node()":
            return list(pool)
        return [n for n in pool if n.nodeType == n.ELEMENT_NODE and (test == "*" or n.tagName == test)]

    def _apply_predicates(self, nodes: list[Any], predicates: list[str]) -> list[Any]:
        for predicate in predicates:
            text = predicate.strip()
            if text.isdigit():
                index = int(text) - 1
                nodes = [nodes[index]] if 0 <= index < len(nodes) else []
                continue
            if text == "last()":
                nodes = nodes[-1:]
                continue
            match = _COMPARISON.match(text)
            if match is None:
                raise JSError(f"Unsupported XPath expression: {self.expression}")
            operand, wanted = match.group(1), match.group(2) if match.group(2) is not None else match.group(3)
            nodes = [n for n in nodes if self._matches(n, operand, wanted)]
        return nodes

    @staticmethod
    def _matches(node: Any, operand: str, wanted: str | None) -> bool:
        if operand == "name()":
            values = [node.nodeName]
        elif operand in ("text()", "."):
            values = ["".join(_texts(node)) if node.nodeType == node.ELEMENT_NODE else node.nodeValue or ""]
        elif operand.startswith("@"):
            if node.nodeType != node.ELEMENT_NODE or not node.hasAttribute(operand[1:]):
                return False
            values = [node.getAttribute(operand[1:])]
        else:
            values = ["".join(_texts(c)) for c in node.childNodes
                      if c.nodeType == c.ELEMENT_NODE and c.tagName == operand]
            if not values:
                return False
        return wanted is None or wanted in values


__all__ = ["XML", "Node", "Document", "Element", "Attr", "Text", "NodeList", "NamedNodeMap", "parse_document",
           "response_document"]
