class Vault {
  #secret = 1;
  static #count = 0;
  #read() { return this.#secret; }
  has(other: Vault) { return #secret in other; }
}
