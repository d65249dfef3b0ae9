using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Semantics;

public enum ImportKind
{
    /// <summary><c>import { a } from 'm'</c> or <c>import { a as b } from 'm'</c>.</summary>
    Named,

    /// <summary><c>import a from 'm'</c>.</summary>
    Default,

    /// <summary><c>import * as a from 'm'</c>.</summary>
    Namespace,

    /// <summary><c>import a = require('m')</c>.</summary>
    Require,
}

/// <summary>One name an import brings into a file: the local name, the name it has in the module, and where the module is.</summary>
public sealed record ImportBinding(
    string LocalName,
    string ImportedName,
    ImportKind Kind,
    bool IsTypeOnly,
    string Specifier,
    ModuleResolution Module,
    Node Syntax,
    TextSpan Span)
{
    public override string ToString() => $"{LocalName} <- {ImportedName} from '{Specifier}'";
}

public enum ExportKind
{
    /// <summary>A declaration or local name of this file (<c>export class X</c>, <c>export { x as y }</c>, <c>export default x</c>).</summary>
    Local,

    /// <summary><c>export { a as b } from 'm'</c>: a name of another module.</summary>
    ReExport,

    /// <summary><c>export * as ns from 'm'</c>: another whole module under one name.</summary>
    NamespaceReExport,
}

/// <summary>One explicitly exported name of a file. Names from <c>export *</c> are in <see cref="FileModel.StarExports"/>.</summary>
public sealed record ExportEntry(
    string ExportedName,
    ExportKind Kind,
    string? LocalName,
    string? ImportedName,
    ModuleResolution? Module,
    bool IsTypeOnly,
    TextSpan Span);
