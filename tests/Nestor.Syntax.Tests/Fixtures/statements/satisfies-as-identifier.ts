const satisfies = 1;
const as = satisfies;
