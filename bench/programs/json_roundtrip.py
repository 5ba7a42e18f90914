import json


def main() -> str:
    doc = {"list": [], "meta": {"name": "bench", "ok": True}}
    for i in range(300):
        doc["list"].append({"id": i, "label": f"n{i}", "vals": [i, i * 2, i * 3]})
    total = 0
    for _ in range(40):
        text = json.dumps(doc, separators=(",", ":"))
        back = json.loads(text)
        total += len(back["list"]) + len(text)
    return f"json {total}"
