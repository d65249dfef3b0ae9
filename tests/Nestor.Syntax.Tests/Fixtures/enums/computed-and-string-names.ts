enum Names {
  'quoted name' = 1,
  ["computed"] = 2,
}
