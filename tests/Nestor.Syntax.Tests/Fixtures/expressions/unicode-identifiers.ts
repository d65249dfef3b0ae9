const café = 1;
const \u0061b = 2;
const 変数 = café + ab;
