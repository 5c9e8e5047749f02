# A single non-str argument prints with str().
raise IndexError(42)
