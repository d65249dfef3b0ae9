const arr = list
[0]
