# **kwargs collects extra keyword arguments into a dict in call order.
def options(**kwargs):
    print(type(kwargs).__name__, kwargs)
    return sorted(kwargs)
print(options(), options(b=2, a=1))
def request(url, method="GET", **headers):
    return url, method, headers
print(request("/"), request("/x", "POST", accept="json", token="t"))
print(request(method="PUT", url="/y", extra=1))
def forward(*args, **kwargs):
    return request(*args, **kwargs)
print(forward("/z", retries=3))
merged = {"a": 1}
extra = {"b": 2}
print(options(**merged, **extra, c=3))
print(dict(**{"k": "v"}, other=0))
