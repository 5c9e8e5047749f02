# Several args print as a tuple.
raise ValueError("code", 42, None)
