namespace Nestor.Nest.Model;

/// <summary>
/// A class (or module) identified by its declaration: the file that declares it and its name.
/// Two classes of the same name in different files (two <c>UsersService</c> in a monorepo) are
/// two different providers to Nest, which matches classes, not names.
/// </summary>
public readonly record struct ClassId(string Path, string Name)
{
    public override string ToString() => $"{Name} ({Path})";
}
