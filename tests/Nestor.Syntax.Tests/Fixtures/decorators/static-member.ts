class Registry {
  @Memo() static instance: Registry;
}
