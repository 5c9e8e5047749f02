# raise with an explicit message.
print("about to raise")
raise ValueError("custom failure message")
