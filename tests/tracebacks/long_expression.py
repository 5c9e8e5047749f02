def compute(data):
    return (
        data["a"]
        + data["b"]
        + data["c"]
        + data["d"]
        + data["e"] ** data["missing"]
    )


compute({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5})
