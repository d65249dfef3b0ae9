const Anonymous = class<T> extends Base implements I {
  value: T;
};
