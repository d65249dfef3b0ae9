class Semis {
  ;
  a = 1;;
  b() {};
}
