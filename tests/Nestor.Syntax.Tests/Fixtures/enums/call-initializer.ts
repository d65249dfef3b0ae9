enum Computed {
  Length = 'abc'.length,
  Hash = hash('x'),
}
