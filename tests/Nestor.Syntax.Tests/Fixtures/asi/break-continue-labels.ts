loop: while (true) {
  break
  loop
}
