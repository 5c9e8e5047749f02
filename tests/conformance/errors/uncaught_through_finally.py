# finally runs, then the exception continues outward.
def work():
    try:
        print("working")
        raise KeyError("job")
    finally:
        print("cleanup in finally")
work()
