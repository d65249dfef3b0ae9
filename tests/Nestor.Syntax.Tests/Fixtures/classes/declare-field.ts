class Model {
  declare readonly id: string;
  declare static schema: object;
}
