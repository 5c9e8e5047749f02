# Single, double and triple quotes; quotes inside each other.
print('single')
print("double")
print('it\'s', "it's")
print("say \"hi\"", 'say "hi"')
print('')
print("")
print('''triple single''')
print("""triple double""")
print("""has 'single' and "double" inside""")
print('''line one
line two
  line three''')
print("""\
no leading newline""")
print(len("""
"""))
print('a' 'b' "c" """d""")
print(repr("'"), repr('"'), repr('\'"'))
