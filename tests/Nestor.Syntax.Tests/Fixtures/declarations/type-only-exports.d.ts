export type Handler<T> = (input: T) => Promise<void>;
export interface Options {
  readonly retries?: number;
}
export {};
