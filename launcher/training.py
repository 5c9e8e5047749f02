# The training run ./minipy records its AOT cache from (launcher/target/minipy.aot): what it loads,
# links and profiles here, later runs find ready. It does what most scripts do at start.
print("minipy")
