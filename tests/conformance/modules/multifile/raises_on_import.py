# helper of import_errors.py and uncaught_in_imported_module.py: fails while it is imported
started = True


def fail():
    return {}["missing"]


fail()
