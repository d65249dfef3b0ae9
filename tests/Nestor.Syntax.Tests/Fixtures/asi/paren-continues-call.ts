const x = y
(z)
