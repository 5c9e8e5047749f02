# A ledger with validation: dicts, exceptions and running balances.
accounts = {"alice": 100, "bob": 50}
def transfer(src, dst, amount):
    if amount <= 0:
        raise ValueError("amount must be positive: " + str(amount))
    if src not in accounts or dst not in accounts:
        raise KeyError(src if src not in accounts else dst)
    if accounts[src] < amount:
        raise RuntimeError(src + " has insufficient funds")
    accounts[src] -= amount
    accounts[dst] += amount
ops = [("alice", "bob", 30), ("bob", "carol", 5), ("bob", "alice", 500), ("alice", "bob", -1), ("bob", "alice", 80)]
for op in ops:
    try:
        transfer(*op)
        print("ok", op, accounts)
    except (ValueError, KeyError, RuntimeError) as e:
        print("failed", op, type(e).__name__, e)
print(sum(accounts.values()), sorted(accounts.items(), key=lambda kv: -kv[1]))
