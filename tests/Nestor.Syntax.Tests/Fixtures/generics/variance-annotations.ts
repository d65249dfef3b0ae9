interface Producer<out T> { make(): T; }
interface Consumer<in T> { take(value: T): void; }
interface Both<in out T> { swap(value: T): T; }
