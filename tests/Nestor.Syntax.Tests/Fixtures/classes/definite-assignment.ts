class Late {
  name!: string;
  private model!: Model<Cat>;
  optional?: number;
}
