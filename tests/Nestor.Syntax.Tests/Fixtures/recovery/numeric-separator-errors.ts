const a = 1__0;
const b = 1_;
