export declare class Temperature {
  get celsius(): number;
  set celsius(value: number);
}
