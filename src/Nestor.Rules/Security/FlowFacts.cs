using System.Collections.Immutable;
using Nestor.Nest.Model;
using Nestor.Nest.Mongoose;
using Nestor.Rules.Engine;
using Nestor.Semantics;
using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Rules.Security;

/// <summary>A function the analysis can enter: a method (with the class whose <c>this</c> it runs on) or a function.</summary>
internal sealed record FunctionBody(Node Declaration, IReadOnlyList<Parameter> Parameters, Node Body, FileModel File, ClassSymbol? Class, string Name);

/// <summary>One step of a path from a request value to a query: a call that passes it on, or the query that uses it.</summary>
internal sealed record FlowStep(string Path, TextSpan Span, string Message);

/// <summary>How a request value reaches a query filter: the calls in between and the query.</summary>
internal sealed record InjectionPath(IReadOnlyList<FlowStep> Steps, IReadOnlyList<string> Callees, string Query);

/// <summary>
/// Follows client-shaped values (see <see cref="Taint"/>) through a handler and the methods it
/// calls — on <c>this</c>, on injected services (through the classes Nest would inject, including
/// <c>useClass</c> providers), and module functions — up to a few calls deep, to the filters of
/// Mongoose model calls and MongoDB collection calls. Within a function the flow is
/// insensitive to order: every assignment to a local counts. Calls this cannot enter, and
/// every call it does not know to pass a value through, return clean values, so sanitisers
/// (<c>String(x)</c>, <c>new Types.ObjectId(x)</c>, <c>sanitize(x)</c>) need no list.
/// </summary>
internal sealed partial class TaintFlow
{
    private const int MaxDepth = 4;

    private static readonly HashSet<string> QueryMethods = new(StringComparer.Ordinal)
    {
        "find", "findOne", "findById", "exists", "count", "countDocuments", "updateOne", "updateMany", "replaceOne", "deleteOne", "deleteMany",
        "findOneAndUpdate", "findOneAndDelete", "findOneAndReplace", "findOneAndRemove", "findByIdAndUpdate", "findByIdAndDelete", "findByIdAndRemove",
        "aggregate", "distinct", "remove", "$where",
    };

    private static readonly HashSet<string> ChainFilters = new(StringComparer.Ordinal) { "where", "and", "or", "nor", "$where" };

    private static readonly HashSet<string> ModelFactories = new(StringComparer.Ordinal) { "model", "getModelForClass" };

    private static readonly HashSet<string> ModelDecorators = new(StringComparer.Ordinal) { "InjectModel", "InjectTypegooseModel" };

    private static readonly HashSet<string> CopyFunctions = new(StringComparer.Ordinal) { "cloneDeep", "clone", "structuredClone", "pick", "omit", "merge", "defaults", "defaultsDeep", "assign" };

    private readonly SemanticModel _semantics;
    private readonly Dictionary<(string Path, int Start, int Length), QuerySite> _sites = [];
    private readonly Dictionary<string, ClassSymbol?> _classes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _implementations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Summary> _summaries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    public TaintFlow(SemanticModel semantics, NestProject nest)
    {
        _semantics = semantics;
        foreach (var site in nest.QuerySites)
        {
            _sites.TryAdd((site.Location.Path, site.Location.Span.Start, site.Location.Span.Length), site);
        }

        foreach (var symbol in semantics.Classes)
        {
            _classes[symbol.Name] = _classes.ContainsKey(symbol.Name) ? null : symbol;
        }

        foreach (var provider in nest.Modules.Where(m => !m.IsPackage).SelectMany(m => m.Providers))
        {
            if (provider.Kind == ProviderKind.UseClass && provider.ImplementationClass is { } implementation)
            {
                var token = provider.Token.Value;
                _implementations[token] = _implementations.TryGetValue(token, out var seen) && seen != implementation ? null : implementation;
            }
        }
    }

    public ClassSymbol? ClassNamed(string name) => _classes.GetValueOrDefault(name);

    /// <summary>The first path on which parameter <paramref name="index"/> of <paramref name="handler"/>, tainted so, reaches a query filter.</summary>
    public InjectionPath? Trace(FunctionBody handler, int index, Taint taint)
    {
        var arguments = new Taint?[handler.Parameters.Count];
        arguments[index] = taint;
        return Analyze(handler, arguments, 0).Path;
    }

    private Summary Analyze(FunctionBody function, IReadOnlyList<Taint?> arguments, int depth)
    {
        if (depth > MaxDepth || arguments.All(argument => argument is null))
        {
            return Summary.Empty;
        }

        var key = $"{function.File.Path}:{function.Declaration.Span.Start}:{function.Class?.Name}:{string.Join(",", arguments.Select(Taint.SignatureOf))}";
        if (_summaries.TryGetValue(key, out var known))
        {
            return known;
        }

        if (!_inProgress.Add(key))
        {
            return Summary.Empty;
        }

        var analysis = new FunctionAnalysis(this, function, depth);
        analysis.BindParameters(arguments);
        analysis.Propagate();
        var summary = new Summary(analysis.FindInjection(), analysis.ReturnTaint());
        _inProgress.Remove(key);
        _summaries[key] = summary;
        return summary;
    }

    private sealed record Summary(InjectionPath? Path, Taint? Return)
    {
        public static readonly Summary Empty = new(null, null);
    }

    private enum SinkKind
    {
        Filter,
        Id,
        Pipeline,
        Combinator,
        Code,
    }

    private sealed record Sink(string Model, string Method, SinkKind Kind, Expression? Argument);

    /// <summary>The taint of one function's locals, for one set of argument taints.</summary>
    private sealed class FunctionAnalysis(TaintFlow flow, FunctionBody function, int depth)
    {
        private const int MaxIterations = 6;
        private const int MaxEvalDepth = 256;

        private readonly Dictionary<string, Taint?> _locals = new(StringComparer.Ordinal);
        private readonly HashSet<string> _checked = CheckedValues(function);
        private bool _changed;
        private int _evalDepth;

        public void BindParameters(IReadOnlyList<Taint?> arguments)
        {
            for (var i = 0; i < function.Parameters.Count; i++)
            {
                var parameter = function.Parameters[i];
                var taint = parameter.DotDotDotToken is null
                    ? arguments.ElementAtOrDefault(i)
                    : arguments.Skip(i).Aggregate((Taint?)null, Taint.Join) is { } rest ? new ObjectTaint(ObjectTaint.NoFields, rest) : null;
                Bind(parameter.Name, taint);
            }
        }

        /// <summary>Assignments, declarations and loops, repeated until the locals settle.</summary>
        public void Propagate()
        {
            for (var iteration = 0; iteration < MaxIterations; iteration++)
            {
                _changed = false;
                foreach (var node in Walk.Descendants(function.Body, intoFunctions: true))
                {
                    switch (node)
                    {
                        case VariableDeclaration { Initializer: { } initializer } declaration:
                            Bind(declaration.Name, Eval(initializer));
                            break;
                        case BinaryExpression { OperatorToken.Kind: SyntaxKind.EqualsToken or SyntaxKind.QuestionQuestionEqualsToken or SyntaxKind.BarBarEqualsToken } assignment:
                            Assign(assignment.Left, Eval(assignment.Right));
                            break;
                        case ForOfStatement loop when loop.Initializer is VariableDeclarationList { Declarations.Count: 1 } list:
                            Bind(list.Declarations[0].Name, Taint.Element(Eval(loop.Expression)));
                            break;
                        case ForInStatement loop when loop.Initializer is VariableDeclarationList { Declarations.Count: 1 } list && Eval(loop.Expression) is not null:
                            Bind(list.Declarations[0].Name, Taint.Whole);
                            break;
                        case CallExpression call when SyntaxFacts.DottedName(call.Expression) == "Object.assign" && call.Arguments.Count > 1 && ExpressionWrappers.StripWithAwait(call.Arguments[0]) is Identifier target:
                            Join(target.Text, call.Arguments.Skip(1).Select(argument => Taint.Spread(Eval(argument))).Aggregate((Taint?)null, Taint.Join));
                            break;
                    }
                }

                if (!_changed)
                {
                    return;
                }
            }
        }

        /// <summary>The first query whose filter a tainted value reaches, here or in a callee.</summary>
        public InjectionPath? FindInjection()
        {
            foreach (var call in Walk.Descendants(function.Body, intoFunctions: true).OfType<CallExpression>())
            {
                if (SinkOf(call) is { } sink)
                {
                    if (Injects(sink))
                    {
                        var at = sink.Argument ?? (Node)call;
                        var what = sink.Kind switch
                        {
                            SinkKind.Pipeline => $"the pipeline of {sink.Method}() on {sink.Model}",
                            SinkKind.Code => $"$where on {sink.Model}",
                            SinkKind.Id => $"the id of {sink.Method}() on {sink.Model}",
                            _ => $"the filter of {sink.Method}() on {sink.Model}",
                        };
                        return new InjectionPath([new FlowStep(function.File.Path, at.Span, $"used as {what} here")], [], what);
                    }

                    continue;
                }

                if (flow.Resolve(call, function) is not { } callee)
                {
                    continue;
                }

                var arguments = call.Arguments.AsEnumerable().Select(argument => argument is SpreadElement ? null : Eval(argument)).ToList();
                if (flow.Analyze(callee, arguments, depth + 1).Path is { } path)
                {
                    var step = new FlowStep(function.File.Path, call.Span, $"passed to {callee.Name}()");
                    return path with { Steps = [step, .. path.Steps], Callees = [callee.Name, .. path.Callees] };
                }
            }

            return null;
        }

        public Taint? ReturnTaint()
        {
            if (function.Body is Expression expression)
            {
                return Eval(expression);
            }

            Taint? result = null;
            foreach (var node in Walk.Descendants(function.Body, intoFunctions: false))
            {
                if (node is ReturnStatement { Expression: { } returned })
                {
                    result = Taint.Join(result, Eval(returned));
                }
            }

            return result;
        }

        private bool Injects(Sink sink)
        {
            var taint = sink.Argument is null ? null : Eval(sink.Argument);
            return sink.Kind switch
            {
                SinkKind.Filter => FilterTaint.Injects(taint),
                SinkKind.Id => taint is WholeTaint,
                SinkKind.Pipeline => FilterTaint.InjectsPipeline(taint),
                SinkKind.Combinator => taint is WholeTaint || (taint is ObjectTaint items && FilterTaint.Injects(Taint.Element(items))),
                _ => taint is not null,
            };
        }

        private Sink? SinkOf(CallExpression call)
        {
            if (call.Expression is not PropertyAccessExpression { Name: Identifier method } access)
            {
                return null;
            }

            string model;
            if (flow._sites.TryGetValue((function.File.Path, call.Span.Start, call.Span.Length), out var site))
            {
                model = site.ModelName;
            }
            else if (QueryMethods.Contains(method.Text) && IsModel(access.Expression))
            {
                model = SyntaxFacts.DottedName(access.Expression) ?? "a collection";
            }
            else if (ChainFilters.Contains(method.Text) && QueryChainModel(access.Expression) is { } chained)
            {
                model = chained;
            }
            else
            {
                return null;
            }

            var arguments = call.Arguments;
            return method.Text switch
            {
                "findById" or "findByIdAndUpdate" or "findByIdAndDelete" or "findByIdAndRemove" => new Sink(model, method.Text, SinkKind.Id, arguments.ElementAtOrDefault(0)),
                "aggregate" => new Sink(model, method.Text, SinkKind.Pipeline, arguments.ElementAtOrDefault(0)),
                "distinct" => new Sink(model, method.Text, SinkKind.Filter, arguments.ElementAtOrDefault(1)),
                "$where" => new Sink(model, method.Text, SinkKind.Code, arguments.ElementAtOrDefault(0)),
                "and" or "or" or "nor" => new Sink(model, method.Text, SinkKind.Combinator, arguments.ElementAtOrDefault(0)),
                // `.where('field')` starts a condition on a named path; only an object is a filter.
                "where" when arguments.Count != 1 || SyntaxFacts.StringValue(arguments[0]) is not null => null,
                _ => new Sink(model, method.Text, SinkKind.Filter, arguments.ElementAtOrDefault(0)),
            };
        }

        /// <summary>The model at the root of a query chain: <c>this.users.find(a).where(b)</c>.</summary>
        private string? QueryChainModel(Expression expression)
        {
            for (var depthLeft = 16; depthLeft > 0 && ExpressionWrappers.StripWithAwait(expression) is CallExpression { Expression: PropertyAccessExpression access } call; depthLeft--)
            {
                if (SinkOf(call) is { } sink)
                {
                    return sink.Model;
                }

                expression = access.Expression;
            }

            return null;
        }

        /// <summary>A Mongoose model or MongoDB collection: an injected or typed field, a typed parameter, a module-level model, <c>.collection(...)</c>.</summary>
        private bool IsModel(Expression receiver) => ExpressionWrappers.StripWithAwait(receiver) switch
        {
            PropertyAccessExpression { Expression: KeywordExpression { Kind: SyntaxKind.ThisKeyword }, Name: Identifier field } => function.Class is { } owner && flow.IsModelField(owner, field.Text),
            PropertyAccessExpression { Name: Identifier { Text: "collection" } } => true,
            CallExpression { Expression: PropertyAccessExpression { Name: Identifier { Text: "collection" } } } => true,
            Identifier name => IsModelParameter(name.Text) || flow.IsModuleModel(function.File, name.Text),
            _ => false,
        };

        private bool IsModelParameter(string name) =>
            function.Parameters.Any(parameter => parameter.Name is Identifier { Text: var text } && text == name && parameter.Type is { } type
                && flow.IsModelType(flow._semantics.ResolveType(function.File, type), function.File, 0));

        private void Bind(Node name, Taint? taint)
        {
            switch (name)
            {
                case Identifier identifier:
                    Join(identifier.Text, taint);
                    break;
                case ObjectBindingPattern pattern:
                    foreach (var element in pattern.Elements)
                    {
                        if (element.DotDotDotToken is not null)
                        {
                            Bind(element.Name, Taint.Spread(taint));
                        }
                        else if (SyntaxFacts.PropertyName(element.PropertyName ?? element.Name) is { } property)
                        {
                            Bind(element.Name, Taint.Member(taint, property));
                        }
                    }

                    break;
                case ArrayBindingPattern array:
                    foreach (var element in array.Elements.OfType<BindingElement>())
                    {
                        Bind(element.Name, Taint.Element(taint));
                    }

                    break;
            }
        }

        private void Assign(Expression target, Taint? taint)
        {
            switch (ExpressionWrappers.StripWithAwait(target))
            {
                case Identifier identifier:
                    Join(identifier.Text, taint);
                    break;
                case PropertyAccessExpression { Expression: Identifier owner, Name: Identifier field } when taint is not null:
                    Join(owner.Text, new ObjectTaint(ObjectTaint.NoFields.Add(field.Text, taint), null));
                    break;
                case ElementAccessExpression { Expression: Identifier owner } element when taint is not null:
                    var key = SyntaxFacts.StringValue(element.ArgumentExpression);
                    Join(owner.Text, key is null ? new ObjectTaint(ObjectTaint.NoFields, taint) : new ObjectTaint(ObjectTaint.NoFields.Add(key, taint), null));
                    break;
            }
        }

        private void Join(string name, Taint? taint)
        {
            if (taint is null)
            {
                _locals.TryAdd(name, null);
                return;
            }

            var existing = _locals.GetValueOrDefault(name);
            var joined = Taint.Bounded(Taint.Join(existing, taint));
            if (Taint.SignatureOf(joined) != Taint.SignatureOf(existing))
            {
                _locals[name] = joined;
                _changed = true;
            }
        }

        /// <summary>
        /// Values the function checks itself — <c>typeof x.email === 'string'</c>,
        /// <c>isValidObjectId(x.id)</c>, <c>Types.ObjectId.isValid(id)</c> — by their text: where
        /// such a check guards the use is a question of order this analysis does not ask, so a
        /// checked value counts as clean everywhere in the function.
        /// </summary>
        private static HashSet<string> CheckedValues(FunctionBody function)
        {
            var values = new HashSet<string>(StringComparer.Ordinal);
            foreach (var node in Walk.Descendants(function.Body, intoFunctions: true))
            {
                switch (node)
                {
                    case BinaryExpression { Left: TypeOfExpression { Expression: var checkedValue }, Right: StringLiteral { Value: "string" or "number" or "boolean" or "bigint" } }
                        when CheckedText(checkedValue) is { } text:
                        values.Add(text);
                        break;
                    case BinaryExpression { Right: TypeOfExpression { Expression: var checkedValue }, Left: StringLiteral { Value: "string" or "number" or "boolean" or "bigint" } }
                        when CheckedText(checkedValue) is { } text:
                        values.Add(text);
                        break;
                    case CallExpression { Arguments.Count: > 0 } call when SyntaxFacts.LastName(call.Expression) is { } name && TypeCheck().IsMatch(name) && CheckedText(call.Arguments[0]) is { } text:
                        values.Add(text);
                        break;
                }
            }

            return values;
        }

        private static string? CheckedText(Expression expression) => SyntaxFacts.DottedName(ExpressionWrappers.StripWithAwait(expression));

        private Taint? Eval(Expression expression)
        {
            // Expressions nested deeper than any hand-written code stay unexplored: clean.
            if (_evalDepth >= MaxEvalDepth)
            {
                return null;
            }

            _evalDepth++;
            try
            {
                return EvalNested(expression);
            }
            finally
            {
                _evalDepth--;
            }
        }

        private Taint? EvalNested(Expression expression)
        {
            if (_checked.Count > 0 && expression is Identifier or PropertyAccessExpression && CheckedText(expression) is { } text && _checked.Contains(text))
            {
                return null;
            }

            switch (expression)
            {
                case Identifier identifier:
                    return _locals.GetValueOrDefault(identifier.Text);
                case ParenthesizedExpression or AsExpression or NonNullExpression or SatisfiesExpression or TypeAssertionExpression or AwaitExpression:
                    return Eval(ExpressionWrappers.StripWithAwait(expression));
                case PropertyAccessExpression { Name: Identifier name } access:
                    return Taint.Member(Eval(access.Expression), name.Text);
                case ElementAccessExpression element:
                    return SyntaxFacts.StringValue(element.ArgumentExpression) is { } key
                        ? Taint.Member(Eval(element.Expression), key)
                        : Taint.Element(Eval(element.Expression));
                case ObjectLiteralExpression literal:
                    return EvalObject(literal);
                case ArrayLiteralExpression array:
                    var items = array.Elements.AsEnumerable()
                        .Select(item => item is SpreadElement spread ? Taint.Element(Eval(spread.Expression)) : Eval(item))
                        .Aggregate((Taint?)null, Taint.Join);
                    return items is null ? null : new ObjectTaint(ObjectTaint.NoFields, items);
                case ConditionalExpression conditional:
                    return Taint.Join(Eval(conditional.WhenTrue), Eval(conditional.WhenFalse));
                case BinaryExpression binary:
                    return binary.OperatorToken.Kind switch
                    {
                        SyntaxKind.QuestionQuestionToken or SyntaxKind.BarBarToken => Taint.Join(Eval(binary.Left), Eval(binary.Right)),
                        SyntaxKind.AmpersandAmpersandToken or SyntaxKind.CommaToken or SyntaxKind.EqualsToken => Eval(binary.Right),
                        _ => null,
                    };
                case CallExpression call:
                    return EvalCall(call);
                default:
                    return null;
            }
        }

        private Taint? EvalObject(ObjectLiteralExpression literal)
        {
            var fields = ObjectTaint.NoFields;
            Taint? rest = null;
            foreach (var property in literal.Properties)
            {
                switch (property)
                {
                    case PropertyAssignment assignment when (SyntaxFacts.PropertyName(assignment.Name) ?? NumberName(assignment.Name)) is { } name:
                        fields = fields.SetItem(name, Eval(assignment.Initializer));
                        break;
                    case PropertyAssignment computed when Eval(computed.Initializer) is { } value:
                        rest = Taint.Join(rest, value);
                        break;
                    case ShorthandPropertyAssignment shorthand:
                        fields = fields.SetItem(shorthand.Name.Text, _locals.GetValueOrDefault(shorthand.Name.Text));
                        break;
                    case SpreadAssignment spread when Taint.Spread(Eval(spread.Expression)) is ObjectTaint copied:
                        if (copied.Rest is not null)
                        {
                            fields = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, fields.Select(p => KeyValuePair.Create(p.Key, Taint.Join(p.Value, copied.Rest))));
                        }

                        fields = fields.SetItems(copied.Fields);
                        rest = Taint.Join(rest, copied.Rest);
                        break;
                }
            }

            var shaped = new ObjectTaint(fields, rest);
            return shaped.IsClean ? null : shaped;
        }

        private Taint? EvalCall(CallExpression call)
        {
            var dotted = SyntaxFacts.DottedName(call.Expression);
            var first = call.Arguments.Count > 0 ? call.Arguments[0] : null;
            switch (dotted)
            {
                case "Object.assign":
                    return call.Arguments.AsEnumerable().Select(argument => Taint.Spread(Eval(argument))).Aggregate((Taint?)null, Taint.Join);
                case "Object.entries" or "Object.values" or "Object.keys" or "Object.fromEntries":
                    return first is not null && Eval(first) is not null ? Taint.Whole : null;
                case "JSON.parse" when first is CallExpression inner && SyntaxFacts.DottedName(inner.Expression) == "JSON.stringify" && inner.Arguments.Count > 0:
                    return Eval(inner.Arguments[0]);
                case "JSON.parse":
                    return first is not null && Eval(first) is not null ? Taint.Whole : null;
            }

            if (SyntaxFacts.LastName(call.Expression) is { } name && CopyFunctions.Contains(name)
                && call.Expression is Identifier or PropertyAccessExpression { Expression: Identifier { Text: "_" or "lodash" or "R" } })
            {
                return call.Arguments.AsEnumerable().Select(argument => Taint.Spread(Eval(argument))).Aggregate((Taint?)null, Taint.Join) is { } copied
                    ? (name is "structuredClone" or "cloneDeep" or "clone" ? Eval(first!) : copied)
                    : null;
            }

            if (flow.Resolve(call, function) is { } callee)
            {
                var arguments = call.Arguments.AsEnumerable().Select(argument => argument is SpreadElement ? null : Eval(argument)).ToList();
                return flow.Analyze(callee, arguments, depth + 1).Return;
            }

            return null;
        }

        private static string? NumberName(Node name) => name is NumericLiteral number ? number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The function a call enters: <c>this.m()</c>, <c>this.service.m()</c>, <c>super.m()</c>, or a function of the workspace.</summary>
    private FunctionBody? Resolve(CallExpression call, FunctionBody caller)
    {
        switch (call.Expression)
        {
            case PropertyAccessExpression { Expression: KeywordExpression { Kind: SyntaxKind.ThisKeyword }, Name: Identifier method } when caller.Class is { } owner:
                return MethodOf(owner, owner, method.Text);
            case PropertyAccessExpression { Expression: KeywordExpression { Kind: SyntaxKind.SuperKeyword }, Name: Identifier method } when caller.Class is { } owner && BaseOf(owner) is { } baseClass:
                return MethodOf(baseClass, owner, method.Text);
            case PropertyAccessExpression { Expression: var receiver, Name: Identifier method } when ExpressionWrappers.StripWithAwait(receiver) is PropertyAccessExpression { Expression: KeywordExpression { Kind: SyntaxKind.ThisKeyword }, Name: Identifier field } && caller.Class is { } owner:
                return FieldClass(owner, field.Text) is { } service ? MethodOf(service, service, method.Text) : null;
            case Identifier name:
                return FunctionNamed(caller.File, name.Text);
            default:
                return null;
        }
    }

    private FunctionBody? MethodOf(ClassSymbol start, ClassSymbol self, string name)
    {
        var current = start;
        for (var hops = 0; hops < 16 && current is not null; hops++)
        {
            if (current.FindMember(name) is { } member && _semantics.GetFile(current.Path) is { } file)
            {
                // A method a decorator validates (`@ValidateSchema(...)`, `@Sanitize()`) is checked at run time.
                if (member.Decorators.Any(d => d.Name.Contains("Validat", StringComparison.OrdinalIgnoreCase) || d.Name.Contains("Saniti", StringComparison.OrdinalIgnoreCase) || d.Name.Contains("Schema", StringComparison.Ordinal)))
                {
                    return null;
                }

                return member.Syntax switch
                {
                    MethodDeclaration { Body: { } body } method => new FunctionBody(method, method.Parameters.AsEnumerable().ToList(), body, file, self, $"{current.Name}.{name}"),
                    PropertyDeclaration { Initializer: ArrowFunction arrow } => new FunctionBody(arrow, arrow.Parameters.AsEnumerable().ToList(), arrow.Body, file, self, $"{current.Name}.{name}"),
                    _ => null,
                };
            }

            current = BaseOf(current);
        }

        return null;
    }

    private FunctionBody? FunctionNamed(FileModel file, string name) => _semantics.ResolveName(file, name) switch
    {
        DeclarationSymbol { Declaration: FunctionDeclaration { Body: { } body } declaration } symbol when _semantics.GetFile(symbol.Path) is { } declared =>
            new FunctionBody(declaration, declaration.Parameters.AsEnumerable().ToList(), body, declared, null, name),
        VariableSymbol { Initializer: ArrowFunction arrow } symbol when _semantics.GetFile(symbol.Path) is { } declared =>
            new FunctionBody(arrow, arrow.Parameters.AsEnumerable().ToList(), arrow.Body, declared, null, name),
        VariableSymbol { Initializer: FunctionExpression { Body: { } body } expression } symbol when _semantics.GetFile(symbol.Path) is { } declared =>
            new FunctionBody(expression, expression.Parameters.AsEnumerable().ToList(), body, declared, null, name),
        _ => null,
    };

    private static ClassSymbol? BaseOf(ClassSymbol symbol) => symbol.BaseClass is SymbolReferenceValue { Symbol: ClassSymbol baseClass } ? baseClass : null;

    /// <summary>The class Nest injects into <c>this.field</c>: the <c>useClass</c> of its token when a module says so, else its declared class.</summary>
    private ClassSymbol? FieldClass(ClassSymbol owner, string field)
    {
        if (Field(owner, field) is not var (type, decorators))
        {
            return null;
        }

        var token = decorators.FirstOrDefault(d => d.Name == "Inject")?.Argument(0) switch
        {
            StringValue text => text.Value,
            SymbolReferenceValue reference => reference.Symbol?.Name ?? reference.Text,
            CallValue { Arguments: [ArrowFunctionValue { Body: SymbolReferenceValue target }] } => target.Symbol?.Name ?? target.Text,
            _ => type?.Target?.Name ?? type?.Name,
        };
        if (token is not null && _implementations.GetValueOrDefault(token) is { } implementation)
        {
            return ClassNamed(implementation);
        }

        return type?.Target as ClassSymbol;
    }

    private static (DeclaredType? Type, IReadOnlyList<AppliedDecorator> Decorators)? Field(ClassSymbol owner, string field)
    {
        var current = owner;
        for (var hops = 0; hops < 16 && current is not null; hops++)
        {
            if (current.ConstructorParameters.FirstOrDefault(p => p.IsParameterProperty && p.Name == field) is { } parameter)
            {
                return (parameter.Type, parameter.Decorators);
            }

            if (current.Members.FirstOrDefault(m => m.Kind == ClassMemberKind.Property && m.Name == field) is { } member)
            {
                return (member.Type, member.Decorators);
            }

            current = BaseOf(current);
        }

        return null;
    }

    private bool IsModelField(ClassSymbol owner, string field) =>
        Field(owner, field) is var (type, decorators)
        && (decorators.Any(d => ModelDecorators.Contains(d.Name) && !IsSqlPackage(d.Target)) || (type is not null && _semantics.GetFile(owner.Path) is { } file && IsModelType(type, file, 0)));

    // `@InjectModel` of @nestjs/sequelize and the TypeORM decorators share names with Mongoose's.
    private static bool IsSqlPackage(Symbol? target) =>
        target is ExternalSymbol external && (external.PackageName.Contains("sequelize", StringComparison.Ordinal) || external.PackageName.Contains("typeorm", StringComparison.Ordinal));

    /// <summary><c>Model&lt;T&gt;</c> and its plugin variants (<c>PaginateModel&lt;T&gt;</c>), Typegoose's <c>ReturnModelType</c>, MongoDB's <c>Collection</c>, through type aliases.</summary>
    private bool IsModelType(DeclaredType type, FileModel file, int depth)
    {
        var name = type.Name is { } written ? written[(written.LastIndexOf('.') + 1)..] : null;
        switch (type.Target)
        {
            case ClassSymbol:
                return false;
            case ExternalSymbol { PackageName: "mongodb", ExportName: "Collection" }:
                return true;
            case ExternalSymbol external when !external.PackageName.Contains("mongoose", StringComparison.Ordinal) && !external.PackageName.Contains("typegoose", StringComparison.Ordinal):
                return false;
            case DeclarationSymbol { Kind: SymbolKind.TypeAlias, Declaration: TypeAliasDeclaration alias } symbol when depth < 8 && _semantics.GetFile(symbol.Path) is { } aliasFile:
                return IsModelType(_semantics.ResolveType(aliasFile, alias.Type), aliasFile, depth + 1);
        }

        return name is "Model" or "ReturnModelType"
            || (name is not null && name.EndsWith("Model", StringComparison.Ordinal) && type.TypeArguments.Count > 0 && type.Target is ExternalSymbol);
    }

    /// <summary>A module-level <c>const Users = model('User', schema)</c> or <c>getModelForClass(User)</c>.</summary>
    private bool IsModuleModel(FileModel file, string name) =>
        _semantics.ResolveName(file, name) is VariableSymbol { Initializer: { } initializer }
        && ExpressionWrappers.StripWithAwait(initializer) is CallExpression call && SyntaxFacts.LastName(call.Expression) is { } factory && ModelFactories.Contains(factory);

    [System.Text.RegularExpressions.GeneratedRegex("^is(Valid(ObjectId)?|String|Number|Numeric|NumberString|Int|Integer|SafeInteger|Finite|MongoId|Email|UUID|Uuid|Boolean|Alphanumeric|Alpha|Date|ISO8601|Hexadecimal)$")]
    private static partial System.Text.RegularExpressions.Regex TypeCheck();

}

/// <summary>Walks a subtree in source order without recursion, optionally stopping at nested functions; never into nested classes.</summary>
internal static class Walk
{
    public static IEnumerable<Node> Descendants(Node root, bool intoFunctions) =>
        root.DescendantNodes(node => node is not (ClassDeclaration or ClassExpression)
            && (intoFunctions || node is not (ArrowFunction or FunctionExpression or FunctionDeclaration or MethodDeclaration)))
            .Prepend(root);
}
