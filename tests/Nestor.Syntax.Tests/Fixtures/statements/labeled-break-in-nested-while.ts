function encode(text: string) {
  let i = 0;
  outer: for (; i < text.length; i++) {
    let c = text.charCodeAt(i)
    while (c < 0x80) {
      if (++i === text.length) break outer

      c = text.charCodeAt(i)
    }
  }
  return i;
}
