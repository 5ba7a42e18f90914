def main() -> str:
    data = []
    seed = 42
    for _ in range(40000):
        seed = (seed * 16807) % 2147483647
        data.append(seed % 100000)
    ordered = sorted(data)
    evens = [x * 3 for x in data if x % 2 == 0]
    total = 0
    for value in evens:
        total = (total + value) % 1000003
    return f"arrays {ordered[0]} {ordered[-1]} {len(evens)} {total}"
