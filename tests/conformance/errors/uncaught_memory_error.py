# MemoryError raised explicitly.
raise MemoryError
