# An empty message also prints only the type name.
raise ValueError("")
