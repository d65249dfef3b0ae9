function read() {
  using file = openFile('a.txt');
  using a = lock(), b = lock();
}
