# helper of import_errors.py and syntax_error_in_imported_module.py: does not compile
x = 1
y = = 2
