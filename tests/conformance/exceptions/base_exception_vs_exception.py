# except Exception does not catch SystemExit or KeyboardInterrupt; BaseException does.
for exc in [SystemExit(0), KeyboardInterrupt(), ValueError("v")]:
    try:
        try:
            raise exc
        except Exception as e:
            print("Exception caught", type(e).__name__)
    except BaseException as e:
        print("BaseException caught", type(e).__name__, e.args)
try:
    raise SystemExit("not really exiting")
except SystemExit as e:
    print("caught SystemExit", e.args, e.code)
print(SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code)
