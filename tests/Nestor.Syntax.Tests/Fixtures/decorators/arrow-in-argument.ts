class Schema {
  @Prop({ type: [String], default: () => [] })
  tags: string[];
}
