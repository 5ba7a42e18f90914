"""Ti.Platform and Ti.Utils as apps use them: platform branches, display sizes, Basic auth
headers, digests."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

from conftest import run_translated


def test_platform_branches_take_the_ios_path(tmp_path: Path) -> None:
    log = run_translated(tmp_path, """
var isIOS = Ti.Platform.osname === 'iphone' || Ti.Platform.osname === 'ipad';
var android = Ti.Platform.osname === 'android';
Ti.API.info(isIOS + ' ' + android + ' ' + Ti.Platform.name + ' ' + (parseFloat(Ti.Platform.version) >= 17));
var caps = Ti.Platform.displayCaps;
Ti.API.info(caps.platformWidth + 'x' + caps.platformHeight + ' ' + caps.density + ' ' + typeof caps.logicalDensityFactor);
Ti.API.info((Ti.Platform.id === Ti.Platform.id) + ' ' + Ti.Platform.id.length + ' ' + (Ti.Platform.createUUID() !== Ti.Platform.createUUID()));
Ti.API.info(Ti.Platform.openURL('https://example.com/help') + ' ' + Ti.Platform.canOpenURL('tel:123'));
""")
    assert log == ["true false iOS true", "393x852 high number", "true 36 true",
                   "[openURL] https://example.com/help", "true true"]


def test_utils_encode_and_digest(tmp_path: Path) -> None:
    log = run_translated(tmp_path, """
var token = 'Basic ' + Ti.Utils.base64encode('user:pa\u00df');
Ti.API.info(token);
Ti.API.info(Ti.Utils.base64decode(Ti.Utils.base64encode('round trip')).text);
Ti.API.info(Ti.Utils.md5HexDigest('abc') + ' ' + Ti.Utils.sha1('abc') + ' ' + Ti.Utils.sha256('abc'));
""")
    assert log == [
        "Basic " + base64.b64encode("user:pa\u00df".encode()).decode(),
        "round trip",
        " ".join(hashlib.new(name, b"abc").hexdigest() for name in ("md5", "sha1", "sha256")),
    ]


def test_string_format_and_l_without_strings(tmp_path: Path) -> None:
    log = run_translated(tmp_path, """
Ti.API.info(String.format('%s has %d items (%.1f%%), %@', 'box', 3.7, 12.345, null));
Ti.API.info(String.format('%2$s before %1$s', 'one', 'two') + String.format('|%05d|%-4s|%x|%s', 42, 'ab', 255));
Ti.API.info(L('title') + ' ' + L('title', 'Default title') + ' ' + Ti.Locale.currentLanguage);
""")
    assert log == ["box has 3 items (12.3%), null", "two before one|00042|ab  |ff|undefined",
                   "title Default title en"]


def test_string_format_date_time_currency_decimal(tmp_path: Path) -> None:
    """Titanium's locale formatters, in the en-US words iOS's date formatter styles give."""
    log = run_translated(tmp_path, """
var d = new Date(2026, 0, 5, 15, 4, 9);
Ti.API.info(String.formatDate(d) + '|' + String.formatDate(d, 'medium') + '|' + String.formatDate(d, 'long'));
Ti.API.info(String.formatTime(d) + '|' + String.formatTime(d, 'medium') + '|' + String.formatTime(new Date(2026, 0, 5, 0, 7)));
Ti.API.info(String.formatCurrency(1234.5) + '|' + String.formatCurrency(-3) + '|' + String.formatDecimal(1234.5678));
try { String.formatDate('today'); } catch (e) { Ti.API.info(e.name); }
""")
    assert log == ["1/5/26|Jan 5, 2026|January 5, 2026", "3:04 PM|3:04:09 PM|12:07 AM",
                   "$1,234.50|-$3.00|1,234.568", "TypeError"]


def test_views_report_children_and_animations_complete(tmp_path: Path) -> None:
    log = run_translated(tmp_path, """
var win = Ti.UI.createWindow();
var box = Ti.UI.createView({opacity: 1});
win.add(box); win.add(Ti.UI.createLabel({text: 'x'}));
box.animate({opacity: 0, top: 50, duration: 30, delay: 10}, function (e) { Ti.API.info('done ' + e.type + ' ' + box.opacity + ' ' + box.top); });
Ti.API.info('children ' + win.children.length + ' opacity now ' + box.opacity);
win.removeAllChildren();
Ti.API.info('children ' + win.children.length);
""")
    assert log == ["children 2 opacity now 0", "children 0", "done complete 0 50"]


def test_console_writes_to_the_app_log(tmp_path: Path) -> None:
    log = run_translated(tmp_path, """
console.log('a', 1, [2, 3], null);
console.warn('careful'); console.error('bad', new Error('x')); console.info(undefined);
Ti.API.log('one argument'); Ti.API.log('custom', 'two');
console.time('t'); console.timeEnd('t');
""")
    assert log[:6] == ["a 1 2,3 null", "[WARN] careful", "[ERROR] bad Error: x", "undefined", "one argument",
                       "[CUSTOM] two"]
    assert log[6].startswith("t: ") and log[6].endswith("ms")
