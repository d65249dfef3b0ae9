class Money {
  constructor(amount: number);
  constructor(amount: string, currency: string);
  constructor(public amount: number | string, public currency = 'EUR') {}
}
