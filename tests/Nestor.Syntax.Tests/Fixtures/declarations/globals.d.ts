declare var process: NodeJS.Process;
declare function setTimeout(handler: (...args: any[]) => void, timeout?: number): number;
interface Array<T> {
  findLast(predicate: (value: T, index: number) => boolean): T | undefined;
}
