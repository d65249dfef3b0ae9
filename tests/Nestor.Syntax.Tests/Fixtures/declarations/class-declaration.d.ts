export declare class Client<TOptions extends object = {}> {
  private readonly options;
  protected static instance?: Client;
  constructor(options: TOptions);
  get connected(): boolean;
  connect(): Promise<void>;
  on(event: 'close', listener: () => void): this;
  on(event: string, listener: (...args: any[]) => void): this;
}
