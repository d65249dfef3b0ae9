const using = 1;
using;
using(2);
let x = using[0];
