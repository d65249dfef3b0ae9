with (obj) {
  value;
}
