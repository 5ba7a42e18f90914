import orjson


def main() -> str:
    """json_roundtrip.py written against orjson directly: what a Python programmer who reached
    for the fastest codec would write (an extra baseline row; the target uses the stdlib one)."""
    doc = {"list": [], "meta": {"name": "bench", "ok": True}}
    for i in range(300):
        doc["list"].append({"id": i, "label": f"n{i}", "vals": [i, i * 2, i * 3]})
    total = 0
    for _ in range(40):
        text = orjson.dumps(doc).decode()
        back = orjson.loads(text)
        total += len(back["list"]) + len(text)
    return f"json {total}"
