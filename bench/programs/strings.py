def main() -> str:
    parts = []
    s = ""
    for i in range(60000):
        s += f"item{i},"
        if len(s) > 1000:
            parts.append(len(s))
            s = ""
    return f"strings {len(parts)} {len(''.join(str(p) for p in parts))} {len(s)}"
