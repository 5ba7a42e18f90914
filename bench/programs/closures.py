def main() -> str:
    def make_adder(n: int):
        return lambda x: (x + n) % 1000003

    fns = [make_adder(i) for i in range(3000)]
    total = 0
    for _ in range(30):
        for fn in fns:
            total = fn(total)
    return f"closures {len(fns)} {total}"
