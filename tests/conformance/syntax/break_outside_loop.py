# break outside any loop.
x = 1
break
