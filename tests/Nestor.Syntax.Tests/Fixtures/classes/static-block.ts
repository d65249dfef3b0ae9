class Config {
  static values: string[];
  static {
    Config.values = load();
  }
}
