# Tier 2: user-defined exception classes join the built-in hierarchy.
class AppError(Exception):
    pass
class ConfigError(AppError):
    pass
class MyValueError(ValueError):
    pass
for exc in [AppError("app"), ConfigError("cfg", 2), MyValueError("bad value")]:
    try:
        raise exc
    except ValueError as e:
        print("ValueError branch", repr(e), e.args)
    except AppError as e:
        print("AppError branch", type(e).__name__, str(e), repr(e))
print(issubclass(ConfigError, Exception), issubclass(MyValueError, ValueError))
try:
    raise ConfigError
except AppError as e:
    print(repr(e), e.args)
