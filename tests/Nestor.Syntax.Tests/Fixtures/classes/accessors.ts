class Temperature {
  private _c = 0;
  get celsius(): number { return this._c; }
  set celsius(value: number) { this._c = value; }
  static get zero() { return new Temperature(); }
}
