type A = string
type B = number
