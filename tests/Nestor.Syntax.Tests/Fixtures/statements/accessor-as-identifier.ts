const accessor = 1;
class Q {
  accessor;
  accessor
  other = 2;
}
