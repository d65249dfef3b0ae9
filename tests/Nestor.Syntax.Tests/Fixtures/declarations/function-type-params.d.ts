export declare function on<E extends keyof Events>(event: E, cb: (...args: Events[E]) => void): () => void;
