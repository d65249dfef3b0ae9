const Decorated = @sealed class {};
