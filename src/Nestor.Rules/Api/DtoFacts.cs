using Nestor.Semantics;
using Nestor.Syntax;

namespace Nestor.Rules.Api;

/// <summary>One property of a DTO as the request sees it: its name and every class of the hierarchy that declares it, most derived first.</summary>
internal sealed record DtoProperty(string Name, IReadOnlyList<(ClassSymbol Owner, ClassMember Member)> Declarations);

/// <summary>
/// The properties a DTO class accepts, through its base classes and the mapped types of
/// @nestjs/mapped-types and @nestjs/swagger (<c>PartialType</c>, <c>PickType</c>, <c>OmitType</c>,
/// <c>IntersectionType</c>), and whether a decorator validates (class-validator, or a project's
/// own decorator that may be one).
/// </summary>
internal sealed class DtoFacts(ApiFacts api, IReadOnlySet<string> extraValidators)
{
    private const int MaxDepth = 32;

    private static readonly HashSet<string> MappedTypePackages = new(StringComparer.Ordinal) { "@nestjs/mapped-types", "@nestjs/swagger", "@nestjs/graphql" };

    // Packages whose property decorators describe, transform or persist, but never validate.
    private static readonly HashSet<string> NonValidatingPackages = new(StringComparer.Ordinal)
    {
        "@nestjs/swagger", "class-transformer", "@nestjs/graphql", "@nestjs/mongoose", "@typegoose/typegoose", "typeorm",
    };

    private static readonly HashSet<string> NonValidatingNames = new(StringComparer.Ordinal)
    {
        "ApiProperty", "ApiPropertyOptional", "ApiHideProperty", "ApiResponseProperty", "Type", "Transform", "Expose", "Exclude",
    };

    /// <summary>The properties of <paramref name="root"/>, by name, in declaration order.</summary>
    public IReadOnlyList<DtoProperty> PropertiesOf(ClassSymbol root)
    {
        var byName = new Dictionary<string, List<(ClassSymbol, ClassMember)>>(StringComparer.Ordinal);
        var order = new List<string>();
        Collect(root, null, byName, order, [], 0);
        return order.Select(name => new DtoProperty(name, byName[name])).ToList();
    }

    /// <summary>True when some declaration of the property carries a decorator that validates, or may.</summary>
    public bool IsValidated(DtoProperty property) =>
        property.Declarations.Any(declaration => declaration.Member.Decorators.Any(decorator => Validates(decorator, declaration.Owner.Path, 0)));

    /// <summary><c>@Exclude()</c> of class-transformer: the property is deliberately not read from the request.</summary>
    public static bool IsExcluded(DtoProperty property) =>
        property.Declarations.Any(declaration => declaration.Member.Decorators.Any(d => d.Name == "Exclude" && d.Target is null or ExternalSymbol { PackageName: "class-transformer" }));

    /// <summary>
    /// A file of a multipart upload, documented for Swagger (<c>@ApiProperty({ type: 'string', format: 'binary' })</c>):
    /// multer consumes it and <c>@UploadedFile()</c> receives it, so there is no value for class-validator.
    /// </summary>
    public static bool IsFileField(DtoProperty property) =>
        property.Declarations.Any(declaration => declaration.Member.Decorators.Any(d => d.Name is "ApiProperty" or "ApiPropertyOptional" && IsBinary(d.Argument(0))));

    private static bool IsBinary(ConstantValue? options) =>
        options is ObjectValue obj && ((obj["format"] as StringValue)?.Value == "binary" || (obj["type"] as StringValue)?.Value == "file" || IsBinary(obj["items"]));

    /// <summary>The class a <c>@ValidateNested()</c> property holds: its declared type, or the class of <c>@Type(() =&gt; X)</c>.</summary>
    public static ClassSymbol? NestedClass(ClassMember member)
    {
        if (!member.Decorators.Any(d => d.Target is ExternalSymbol { PackageName: "class-validator", ExportName: "ValidateNested" } || (d.Target is null && d.Name == "ValidateNested")))
        {
            return null;
        }

        var typed = member.Decorators.FirstOrDefault(d => d.Name == "Type")?.Argument(0) is ArrowFunctionValue { Body: SymbolReferenceValue { Symbol: ClassSymbol fromTransformer } } ? fromTransformer : null;
        return typed ?? member.Type?.Target as ClassSymbol;
    }

    private void Collect(ClassSymbol cls, HashSet<string>? only, Dictionary<string, List<(ClassSymbol, ClassMember)>> byName, List<string> order, HashSet<(ClassSymbol, string)> visiting, int depth)
    {
        var key = (cls, only is null ? "*" : string.Join(',', only.Order(StringComparer.Ordinal)));
        if (depth > MaxDepth || !visiting.Add(key))
        {
            return;
        }

        foreach (var member in cls.Members)
        {
            if (member.Kind != ClassMemberKind.Property || member.IsStatic || (member.Modifiers & ModifierFlags.Ambient) != 0 || member.Name.StartsWith('#') || (only is not null && !only.Contains(member.Name)))
            {
                continue;
            }

            if (!byName.TryGetValue(member.Name, out var declarations))
            {
                byName[member.Name] = declarations = [];
                order.Add(member.Name);
            }

            declarations.Add((cls, member));
        }

        switch (cls.BaseClass)
        {
            case SymbolReferenceValue { Symbol: ClassSymbol baseClass }:
                Collect(baseClass, only, byName, order, visiting, depth + 1);
                break;
            case CallValue call:
                CollectMapped(call, only, byName, order, visiting, depth + 1);
                break;
        }
    }

    /// <summary><c>PartialType(A)</c>, <c>PickType(A, ['x'])</c>, <c>OmitType(A, ['x'])</c>, <c>IntersectionType(A, B)</c>; anything else (mixins, factories) is not followed.</summary>
    private void CollectMapped(CallValue call, HashSet<string>? only, Dictionary<string, List<(ClassSymbol, ClassMember)>> byName, List<string> order, HashSet<(ClassSymbol, string)> visiting, int depth)
    {
        if (call.Callee is not SymbolReferenceValue { Symbol: ExternalSymbol mapped } || !MappedTypePackages.Contains(mapped.PackageName))
        {
            return;
        }

        switch (mapped.ExportName)
        {
            case "PartialType":
                Follow(call.Arguments.FirstOrDefault(), only);
                break;
            case "PickType" when Keys(call.Arguments.ElementAtOrDefault(1)) is { } picked:
                Follow(call.Arguments.FirstOrDefault(), only is null ? picked : [.. only.Intersect(picked)]);
                break;
            case "OmitType" when Keys(call.Arguments.ElementAtOrDefault(1)) is { } omitted:
                Follow(call.Arguments.FirstOrDefault(), only is null ? Except(call.Arguments.FirstOrDefault(), omitted) : [.. only.Except(omitted)]);
                break;
            case "IntersectionType":
                foreach (var argument in call.Arguments)
                {
                    Follow(argument, only);
                }

                break;
        }

        void Follow(ConstantValue? argument, HashSet<string>? names)
        {
            switch (argument)
            {
                case SymbolReferenceValue { Symbol: ClassSymbol cls }:
                    Collect(cls, names, byName, order, visiting, depth + 1);
                    break;
                case CallValue inner:
                    CollectMapped(inner, names, byName, order, visiting, depth + 1);
                    break;
            }
        }
    }

    /// <summary>Every property name reachable from <paramref name="argument"/> except <paramref name="omitted"/>.</summary>
    private HashSet<string>? Except(ConstantValue? argument, HashSet<string> omitted)
    {
        if (argument is not SymbolReferenceValue { Symbol: ClassSymbol cls })
        {
            return null;
        }

        var names = PropertiesOf(cls).Select(p => p.Name).Where(name => !omitted.Contains(name));
        return new HashSet<string>(names, StringComparer.Ordinal);
    }

    private static HashSet<string>? Keys(ConstantValue? value) =>
        value is ArrayValue { IsConstant: true } array && array.Items.All(item => item is StringValue)
            ? new HashSet<string>(array.Items.Select(item => ((StringValue)item).Value), StringComparer.Ordinal)
            : null;

    /// <summary>False only for decorators known not to validate; a decorator this analysis cannot see into counts as validation.</summary>
    private bool Validates(AppliedDecorator decorator, string ownerPath, int depth)
    {
        var name = decorator.Name;
        if (extraValidators.Contains(name) || extraValidators.Contains(name[(name.LastIndexOf('.') + 1)..]))
        {
            return true;
        }

        return decorator.Target switch
        {
            ExternalSymbol { PackageName: "class-validator" } => true,
            ExternalSymbol external => !NonValidatingPackages.Contains(external.PackageName),
            null => !NonValidatingNames.Contains(name),
            DeclarationSymbol declared => ProjectDecoratorValidates(declared, depth),
            _ => true,
        };
    }

    /// <summary>
    /// A project's decorator validates unless it is visibly a composition of non-validating
    /// ones (<c>applyDecorators(ApiProperty(), Transform(...))</c>) and never touches class-validator.
    /// </summary>
    private bool ProjectDecoratorValidates(DeclarationSymbol declared, int depth)
    {
        if (depth > MaxDepth || api.FileOf(declared.Path) is not { } file)
        {
            return true;
        }

        var text = file.Text.ToString(declared.Declaration.Span);
        if (text.Contains("registerDecorator", StringComparison.Ordinal) || text.Contains("ValidateBy", StringComparison.Ordinal)
            || file.Imports.Any(import => import.Module.PackageName == "class-validator" && text.Contains(import.LocalName, StringComparison.Ordinal)))
        {
            return true;
        }

        var compositions = declared.Declaration.DescendantNodes().OfType<CallExpression>()
            .Where(call => call.Expression is Identifier { Text: var callee } && api.Semantics.ResolveName(file, callee) is ExternalSymbol { ExportName: "applyDecorators" })
            .ToList();
        if (compositions.Count == 0)
        {
            return true;
        }

        foreach (var argument in compositions.SelectMany(call => call.Arguments.AsEnumerable()))
        {
            if (argument is not CallExpression { Expression: Identifier callee })
            {
                return true;
            }

            var symbol = api.Semantics.ResolveName(file, callee.Text);
            var validates = symbol switch
            {
                ExternalSymbol { PackageName: "class-validator" } => true,
                ExternalSymbol external => !NonValidatingPackages.Contains(external.PackageName),
                null => !NonValidatingNames.Contains(callee.Text),
                DeclarationSymbol inner when !ReferenceEquals(inner, declared) => ProjectDecoratorValidates(inner, depth + 1),
                _ => true,
            };
            if (validates || extraValidators.Contains(callee.Text))
            {
                return true;
            }
        }

        return false;
    }
}
