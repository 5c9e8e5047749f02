# return at module level; nothing runs, not even the first print.
print("before")
return 5
