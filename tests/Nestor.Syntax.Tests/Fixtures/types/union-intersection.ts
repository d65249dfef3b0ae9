type U = | A | B | C;
type I = & A & B;
type Mixed = (A | B) & C;
