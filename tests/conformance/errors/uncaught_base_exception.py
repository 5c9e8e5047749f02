# A BaseException that is not an Exception.
print("raising BaseException")
raise BaseException("base failure")
