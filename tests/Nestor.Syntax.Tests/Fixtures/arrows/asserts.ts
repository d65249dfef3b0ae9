function assertDefined<T>(value: T): asserts value is NonNullable<T> {}
function assertTrue(cond: unknown): asserts cond {}
