namespace Company.Product.Feature {
  export const version = 1;
}
