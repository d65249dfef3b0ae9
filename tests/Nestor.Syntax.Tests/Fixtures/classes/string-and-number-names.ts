class Quoted {
  'with space' = 1;
  42 = 'answer';
  "method"() {}
}
