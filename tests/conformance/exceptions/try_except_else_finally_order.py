# The order in which try, except, else and finally bodies run.
def run(fail):
    try:
        print("  try")
        if fail:
            raise ValueError("boom")
        print("  try end")
    except ValueError as e:
        print("  except", e)
    else:
        print("  else")
    finally:
        print("  finally")
    print("  after")
print("no error:")
run(False)
print("error:")
run(True)
def uncaught():
    try:
        raise KeyError("k")
    except ValueError:
        print("  wrong handler")
    finally:
        print("  finally before propagating")
try:
    uncaught()
except KeyError as e:
    print("caught outside", repr(e))
