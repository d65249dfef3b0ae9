class Settings {
  @Expose()
  get label(): string {
    return 'x';
  }
}
