class Over {
  @Trace()
  run(a: string): void;
  run(a: number): void;
  run(a: any) {}
}
