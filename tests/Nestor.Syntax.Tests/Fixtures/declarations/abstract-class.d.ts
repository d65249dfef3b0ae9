export declare abstract class Base {
  abstract run(): void;
  protected constructor();
}
