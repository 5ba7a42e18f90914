"""Ti.XML and HTTPClient.responseXML: translated JS programs reading and building documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ScriptedServer, reply, run_translated

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>Daily news</title>
    <item id="a1" kind="story"><title>First &amp; foremost</title><media:thumbnail url="http://x/1.png"/></item>
    <item id="a2"><title><![CDATA[Second <b>bold</b>]]></title><!-- a note --></item>
  </channel>
</rss>"""


def test_parse_and_walk_a_feed(tmp_path: Path) -> None:
    log = run_translated(tmp_path, """
var doc = Ti.XML.parseString(FEED);
var root = doc.documentElement;
Ti.API.info(root.nodeName + ' ' + root.tagName + ' ' + root.getAttribute('version') + ' [' + root.getAttribute('nope') + '] '
  + root.nodeType + ' ' + (root.nodeType === root.ELEMENT_NODE) + ' ' + doc.nodeType + ' ' + (root.parentNode === doc));
var items = doc.getElementsByTagName('item');
Ti.API.info('items ' + items.length + ', item(5) ' + items.item(5) + ', [1] ' + items[1].getAttribute('id') + ', [7] ' + items[7]);
for (var i = 0; i < items.length; i++) {
  var item = items.item(i);
  var title = item.getElementsByTagName('title').item(0);
  Ti.API.info(item.getAttribute('id') + ': ' + title.textContent + ' | ' + title.text + ' | first child type ' + title.firstChild.nodeType
    + ' | attributes ' + item.attributes.length + ' ' + item.hasAttribute('kind'));
}
var attrs = items.item(0).attributes;
Ti.API.info(attrs.item(1).nodeName + '=' + attrs.item(1).nodeValue + ' ' + attrs.getNamedItem('id').value + ' ' + attrs.id.value
  + ' ' + (attrs.getNamedItem('none') === null) + ' ' + attrs.item(0).ownerElement.nodeName);
var channel = root.getElementsByTagName('channel').item(0);
var kinds = [];
for (var node = channel.firstChild; node !== null; node = node.nextSibling) { kinds.push(node.nodeType); }
Ti.API.info('channel children ' + channel.childNodes.length + ': ' + kinds.join(','));
Ti.API.info('text node value [' + channel.firstChild.nodeValue.trim() + '] element value ' + channel.nodeValue
  + ' comment ' + items.item(1).lastChild.nodeValue.trim());
Ti.API.info(doc.evaluate('//channel/title/text()').item(0).nodeValue + ' | ' + root.evaluate('channel/item[2]/@id').item(0).value
  + ' | ' + doc.evaluate('//item[@kind="story"]/title').item(0).textContent + ' | '
  + items.item(0).evaluate('./*[name() = "media:thumbnail"]/@url').item(0).nodeValue + ' | ' + doc.evaluate('//item').length);
var thumb = doc.getElementsByTagName('media:thumbnail').item(0);
Ti.API.info(thumb.prefix + ' ' + thumb.localName + ' ' + thumb.namespaceURI + ' ' + (doc.getElementsByTagName('thumbnail').item(0) === thumb)
  + ' ' + doc.getElementsByTagName('*').length + ' ' + doc.getElementById('a2').nodeName);
""".replace("FEED", repr(FEED.replace("\n", ""))))
    assert log == [
        "rss rss 2.0 [] 1 true 9 true",
        "items 2, item(5) null, [1] a2, [7] undefined",
        "a1: First & foremost | First & foremost | first child type 3 | attributes 2 true",
        "a2: Second <b>bold</b> | Second <b>bold</b> | first child type 4 | attributes 1 false",
        "kind=story a1 a1 true item",
        "channel children 7: 3,1,3,1,3,1,3",
        "text node value [] element value null comment a note",
        "Daily news | a2 | First & foremost | http://x/1.png | 2",
        "media thumbnail http://search.yahoo.com/mrss/ true 8 item",
    ]


def test_build_change_and_serialize(tmp_path: Path) -> None:
    log = run_translated(tmp_path, """
var doc = Ti.XML.parseString('<list><entry n="1">one</entry></list>');
var list = doc.documentElement;
var entry = doc.createElement('entry');
entry.setAttribute('n', '2 & "3"');
entry.appendChild(doc.createTextNode('two < three'));
list.appendChild(entry);
list.insertBefore(doc.createComment('start'), list.firstChild);
Ti.API.info(Ti.XML.serializeToString(doc));
var copy = entry.cloneNode(true);
copy.setAttribute('n', '4');
list.replaceChild(copy, list.getElementsByTagName('entry').item(0));
entry.removeAttribute('n');
Ti.API.info(Ti.XML.serializeToString(list) + ' ' + list.childNodes.length + ' ' + entry.hasAttributes());
list.removeChild(entry);
Ti.API.info(Ti.XML.serializeToString(doc.documentElement));
Ti.API.info(Ti.XML.parseString(Ti.XML.serializeToString(doc)).documentElement.getElementsByTagName('entry').item(0).getAttribute('n'));
""")
    assert log == [
        '<list><!--start--><entry n="1">one</entry><entry n="2 &amp; &quot;3&quot;">two &lt; three</entry></list>',
        '<list><!--start--><entry n="4">two &lt; three</entry><entry>two &lt; three</entry></list> 3 false',
        '<list><!--start--><entry n="4">two &lt; three</entry></list>',
        "4",
    ]


def test_malformed_documents_and_entity_declarations_throw(tmp_path: Path) -> None:
    bomb = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
            '<lolz>&lol2;</lolz>')
    log = run_translated(tmp_path, """
try { Ti.XML.parseString('<a><b></a>'); } catch (e) { Ti.API.info('malformed: ' + e.message); }
try { Ti.XML.parseString(BOMB); } catch (e) { Ti.API.info('entities: ' + (e instanceof Error) + ' ' + e.message.split(':')[0]); }
try { Ti.XML.parseString('<a/>').evaluate('count(//a)'); } catch (e) { Ti.API.info(e.message); }
Ti.API.info(Ti.XML.parseString('<?xml version="1.0" encoding="ISO-8859-1"?><a b="ç">é</a>').documentElement.textContent
  + ' ' + Ti.XML.serializeToString(Ti.XML.parseString('<a b="ç"/>').documentElement.getAttributeNode('b')));
Ti.XML.parseString('');
""".replace("BOMB", repr(bomb)))
    assert log[:4] == [
        "malformed: Error parsing XML: mismatched tag: line 1, column 8",
        "entities: true Error parsing XML",
        "Unsupported XPath expression: count(//a)",
        "é ç",
    ]
    assert log[4].startswith("[ERROR] Uncaught Error: Error parsing XML: no element found") and log[4].endswith("(app.js:7:1)")


def test_http_client_response_xml(tmp_path: Path, scripted_server: ScriptedServer) -> None:
    scripted_server.route("/feed.xml", lambda h: reply(h, FEED.encode(), content_type="application/rss+xml"))
    scripted_server.route("/page", lambda h: reply(h, b"<html><p>not closed</html>", content_type="text/html"))
    log = run_translated(tmp_path, """
var xhr = Ti.Network.createHTTPClient({
  onload: function () {
    var doc = this.responseXML;
    Ti.API.info(doc.documentElement.getElementsByTagName('title').item(0).textContent + ' ' + (doc === this.responseXML));
    var page = Ti.Network.createHTTPClient({ onload: function () { Ti.API.info('not xml: ' + this.responseXML); } });
    page.open('GET', 'BASEpage');
    page.send();
  }
});
Ti.API.info('before: ' + xhr.responseXML);
xhr.open('GET', 'BASEfeed.xml');
xhr.send();
""".replace("BASE", scripted_server.url))
    assert log == ["before: null", "Daily news true", "not xml: null"]


REALAPPS = Path(__file__).resolve().parent.parent.parent / "shared" / "realapps"
RSS_APP = REALAPPS / "titanium-example-rss" / "Resources" / "data.js"
STRIB_FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0"><channel><title>Local News</title>
<item><title>Tutors slip through</title><link>http://www.startribune.com/local/1.html</link>
<description>Vetting &amp; vendors</description><dc:date>2012-06-04T20:00:09Z</dc:date></item>
<item><title>Second</title><link>http://www.startribune.com/local/2.html</link>
<description>More</description><dc:date>2012-06-05T08:30:00Z</dc:date></item>
</channel></rss>"""


@pytest.mark.skipif(not RSS_APP.is_file(), reason=f"the real apps are not here ({REALAPPS})")
def test_a_real_apps_feed_reader_unchanged(tmp_path: Path, scripted_server: ScriptedServer) -> None:
    """titanium-example-rss's data.js as its author wrote it: responseXML, getElementsByTagName
    by local name ('date' finds <dc:date>), items[i] on a NodeList, textContent."""
    scripted_server.route("/local/index.rss2", lambda h: reply(h, STRIB_FEED.encode(), content_type="text/xml"))
    source = "var exports = {};\n" + RSS_APP.read_text() + """
exports.getRSS(function (data) {
  for (var i = 0; i < data.length; i++) {
    Ti.API.info(data[i].title + ' | ' + data[i].link + ' | ' + data[i].description + ' | ' + data[i].pubDate.toISOString());
  }
});
"""
    log = run_translated(tmp_path, source, url_map=[("http://www.startribune.com/", scripted_server.url)])
    assert log == [
        "Tutors slip through | http://www.startribune.com/local/1.html | Vetting & vendors | 2012-06-04T20:00:09.000Z",
        "Second | http://www.startribune.com/local/2.html | More | 2012-06-05T08:30:00.000Z",
    ]
