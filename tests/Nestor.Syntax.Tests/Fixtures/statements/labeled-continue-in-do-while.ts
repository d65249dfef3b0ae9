scan: do {
  for (const x of xs) {
    if (x) continue scan
  }
} while (more())
