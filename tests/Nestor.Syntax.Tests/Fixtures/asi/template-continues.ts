const tag = fn
`text`
