interface HasValue {
  get value(): string;
  set value(v: string);
}
