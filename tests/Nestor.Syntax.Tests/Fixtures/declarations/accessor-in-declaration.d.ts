export declare class Obs {
  accessor value: number;
}
