def main() -> str:
    counts: dict[str, int] = {}
    for i in range(80000):
        key = f"k{i % 500}"
        counts[key] = counts.get(key, 0) + 1
        if i % 7 == 0:
            counts.pop(f"k{(i + 3) % 500}", None)
    return f"objects {len(counts)} {sum(counts.values())}"
