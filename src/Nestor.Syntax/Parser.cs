using Nestor.Syntax.Lexing;
using Nestor.Text;

namespace Nestor.Syntax;

/// <summary>
/// The TypeScript parser: recursive descent over tokens pulled on demand, with TypeScript's
/// lookahead decisions, parsing contexts for error recovery, zero-width missing nodes and at
/// most one error per position. It never throws for any input and never recurses deeper than
/// <see cref="ParseOptions.MaxDepth"/> (nor deeper than the stack allows).
/// </summary>
internal sealed partial class Parser
{
    private readonly SourceText _source;
    private readonly string _text;
    private readonly ParseOptions _options;
    private readonly Lexer _lexer;
    private readonly NamePool _names = new();
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly List<Comment> _comments = [];
    private readonly HashSet<int> _notParenthesizedArrow = [];
    private readonly long _speculationBudget;

    private SyntaxKind _token;
    private int _prevTokenEnd;
    private ContextFlags _context;
    private ParsingContext _parsingContext;
    private int _depth;
    private bool _tooDeep;
    private int _speculating;
    private long _speculativeTokens;

    private Parser(SourceText source, ParseOptions options)
    {
        _source = source;
        _text = source.Content;
        _options = options;
        _lexer = new Lexer(_text, options.LanguageVariant, _names, _comments, OnLexerError);
        if (options.IsJavaScript)
        {
            _context |= ContextFlags.JavaScript;
        }

        if (options.IsDeclarationFile)
        {
            _context |= ContextFlags.Ambient;
        }

        // Backtracking may rescan each token a few times; past this many rescanned tokens we stop
        // speculating, which keeps any input linear.
        _speculationBudget = (8L * _text.Length) + 100_000;
    }

    [Flags]
    private enum ContextFlags
    {
        None = 0,
        DisallowIn = 1 << 0,
        Yield = 1 << 1,
        Await = 1 << 2,
        Decorator = 1 << 3,
        Ambient = 1 << 4,
        DisallowConditionalTypes = 1 << 5,
        JavaScript = 1 << 6,
    }

    public static SyntaxTree Parse(SourceText text, ParseOptions options)
    {
        var parser = new Parser(text, options);
        var root = parser.ParseSourceFile();
        var lines = text.Lines;
        return new SyntaxTree(text, options, root, parser._diagnostics.ToArray(), new CommentTable(parser._comments.ToArray(), lines));
    }

    private SourceFile ParseSourceFile()
    {
        NextToken();
        var start = TokenStart;
        var statements = ParseList(ParsingContext.SourceElements, static p => p.ParseStatement());
        var eof = new TokenNode(SyntaxKind.EndOfFileToken, new TextSpan(TokenStart, 0));
        return new SourceFile(TextSpan.FromBounds(Math.Min(start, _text.Length), _text.Length), statements, eof);
    }

    // ----- tokens -----------------------------------------------------------------------------

    private SyntaxKind Token => _token;

    private int TokenStart => _lexer.TokenStart;

    private int TokenEnd => _lexer.TokenEnd;

    private bool HasPrecedingLineBreak => _lexer.HasPrecedingLineBreak;

    private SyntaxKind NextToken()
    {
        _prevTokenEnd = _lexer.TokenEnd;
        if (_speculating > 0)
        {
            _speculativeTokens++;
        }

        return _token = _lexer.Scan();
    }

    private SyntaxKind ReScanGreaterToken() => _token = _lexer.ReScanGreaterToken();

    private SyntaxKind ReScanSlashToken() => _token = _lexer.ReScanSlashToken();

    private SyntaxKind ReScanTemplateToken(bool isTaggedTemplate) => _token = _lexer.ReScanTemplateToken(isTaggedTemplate);

    private SyntaxKind ReScanLessThanToken() => _token = _lexer.ReScanLessThanToken();

    private TextSpan SpanFrom(int start)
    {
        // A node that consumed no token is zero-width where the missing token would have been.
        return _prevTokenEnd < start ? new TextSpan(_prevTokenEnd, 0) : TextSpan.FromBounds(start, _prevTokenEnd);
    }

    private bool InContext(ContextFlags flags) => (_context & flags) != 0;

    private bool IsIdentifier()
    {
        if (_token == SyntaxKind.Identifier)
        {
            return true;
        }

        if (_token == SyntaxKind.YieldKeyword && InContext(ContextFlags.Yield))
        {
            return false;
        }

        if (_token == SyntaxKind.AwaitKeyword && InContext(ContextFlags.Await))
        {
            return false;
        }

        return _token > SyntaxKind.LastReservedWord && _token <= SyntaxKind.LastKeyword;
    }

    /// <summary>TypeScript's <c>tokenIsIdentifierOrKeyword</c>, which also admits private names.</summary>
    private static bool IsIdentifierOrKeywordToken(SyntaxKind kind) => kind == SyntaxKind.Identifier || kind == SyntaxKind.PrivateIdentifier || kind.IsKeyword();

    private bool IsBindingIdentifier() => _token == SyntaxKind.Identifier || (_token > SyntaxKind.LastReservedWord && _token <= SyntaxKind.LastKeyword);

    private bool ParseExpected(SyntaxKind kind, SyntaxErrorDescriptor? error = null, bool advance = true)
    {
        if (_token == kind)
        {
            if (advance)
            {
                NextToken();
            }

            return true;
        }

        if (error is not null)
        {
            ErrorAtCurrentToken(error);
        }
        else
        {
            ErrorAtCurrentToken(SyntaxErrors.TokenExpected, Keywords.GetText(kind));
        }

        return false;
    }

    private bool ParseOptional(SyntaxKind kind)
    {
        if (_token == kind)
        {
            NextToken();
            return true;
        }

        return false;
    }

    private TokenNode? ParseOptionalToken(SyntaxKind kind) => _token == kind ? ParseTokenNode() : null;

    private TokenNode ParseTokenNode()
    {
        var node = new TokenNode(_token, new TextSpan(TokenStart, TokenEnd - TokenStart));
        NextToken();
        return node;
    }

    private TokenNode ParseExpectedToken(SyntaxKind kind, SyntaxErrorDescriptor? error = null)
    {
        if (_token == kind)
        {
            return ParseTokenNode();
        }

        if (error is not null)
        {
            ErrorAtCurrentToken(error, Keywords.GetText(kind));
        }
        else
        {
            ErrorAtCurrentToken(SyntaxErrors.TokenExpected, Keywords.GetText(kind));
        }

        return new TokenNode(kind, new TextSpan(_prevTokenEnd, 0));
    }

    private bool CanParseSemicolon()
    {
        if (_token == SyntaxKind.SemicolonToken)
        {
            return true;
        }

        return _token == SyntaxKind.CloseBraceToken || _token == SyntaxKind.EndOfFileToken || HasPrecedingLineBreak;
    }

    private bool TryParseSemicolon()
    {
        if (!CanParseSemicolon())
        {
            return false;
        }

        if (_token == SyntaxKind.SemicolonToken)
        {
            NextToken();
        }

        return true;
    }

    private bool ParseSemicolon() => TryParseSemicolon() || ParseExpected(SyntaxKind.SemicolonToken);

    // ----- errors -----------------------------------------------------------------------------

    private void OnLexerError(SyntaxErrorDescriptor error, int start, int length, string? argument) => ErrorAt(start, start + length, error, argument);

    private void ErrorAtCurrentToken(SyntaxErrorDescriptor error, string? argument = null) => ErrorAt(TokenStart, TokenEnd, error, argument);

    private void ErrorAt(int start, int end, SyntaxErrorDescriptor error, string? argument = null)
    {
        // After "nesting is too deep" every later error is a consequence of the cut: say it once.
        if (_tooDeep && error != SyntaxErrors.NestingTooDeep)
        {
            return;
        }

        if (_diagnostics.Count > 0 && _diagnostics[^1].Span.Start == start)
        {
            return;
        }

        _diagnostics.Add(new Diagnostic(error.Code, DiagnosticSeverity.Error, error.Format(argument), _source.Path, TextSpan.FromBounds(start, Math.Max(start, end))));
    }

    // ----- depth guard ------------------------------------------------------------------------

    /// <summary>Enters one level of recursion; false (after one diagnostic) when the input nests too deeply.</summary>
    private bool TryEnter()
    {
        // The stack probe is cheap but not free: every 16 levels is enough to stay far from the guard page.
        if (_depth >= _options.MaxDepth || ((_depth & 15) == 0 && !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            if (!_tooDeep)
            {
                ErrorAtCurrentToken(SyntaxErrors.NestingTooDeep);
                _tooDeep = true;
            }

            return false;
        }

        _depth++;
        return true;
    }

    private void Leave() => _depth--;

    // ----- speculation ------------------------------------------------------------------------

    private readonly record struct ParserState(LexerState Lexer, SyntaxKind Token, int PrevTokenEnd, int DiagnosticCount, ContextFlags Context, bool TooDeep);

    private ParserState SaveState() => new(_lexer.Save(), _token, _prevTokenEnd, _diagnostics.Count, _context, _tooDeep);

    private void RestoreState(in ParserState state)
    {
        _lexer.Restore(state.Lexer);
        _token = state.Token;
        _prevTokenEnd = state.PrevTokenEnd;
        if (_diagnostics.Count > state.DiagnosticCount)
        {
            _diagnostics.RemoveRange(state.DiagnosticCount, _diagnostics.Count - state.DiagnosticCount);
        }

        _context = state.Context;
        _tooDeep = state.TooDeep;
    }

    private bool SpeculationExhausted => _speculativeTokens > _speculationBudget;

    /// <summary>Runs <paramref name="callback"/> and always rewinds: a pure lookahead.</summary>
    private T LookAhead<T>(Func<Parser, T> callback)
    {
        var state = SaveState();
        _speculating++;
        var result = callback(this);
        _speculating--;
        RestoreState(state);
        return result;
    }

    /// <summary>Runs <paramref name="callback"/> and rewinds unless it returns a non-null result.</summary>
    private T? TryParse<T>(Func<Parser, T?> callback)
        where T : class
    {
        if (SpeculationExhausted)
        {
            return null;
        }

        var state = SaveState();
        _speculating++;
        var result = callback(this);
        _speculating--;
        if (result is null)
        {
            RestoreState(state);
        }

        return result;
    }

    /// <summary>Boolean form of <see cref="TryParse{T}"/>: rewinds unless the callback returns true.</summary>
    private bool TryParseBool(Func<Parser, bool> callback)
    {
        var state = SaveState();
        _speculating++;
        var result = callback(this);
        _speculating--;
        if (!result)
        {
            RestoreState(state);
        }

        return result;
    }

    // ----- identifiers ------------------------------------------------------------------------

    private Identifier CreateIdentifier(bool isIdentifier, IdentifierRole role, SyntaxErrorDescriptor? error = null)
    {
        if (isIdentifier)
        {
            var start = TokenStart;
            var keyword = _token;
            var text = _lexer.GetIdentifierText();
            NextToken();
            return new Identifier(SpanFrom(start), text, role, keyword);
        }

        if (_token == SyntaxKind.PrivateIdentifier)
        {
            ErrorAtCurrentToken(SyntaxErrors.PrivateIdentifierOutsideClass);
            return CreateIdentifier(true, role);
        }

        var reportAtCurrentPosition = _token == SyntaxKind.EndOfFileToken;
        var isReservedWord = _lexer.IsReservedWord;
        var argument = _lexer.TokenText.ToString();
        var message = error ?? (isReservedWord ? SyntaxErrors.ReservedWordAsIdentifier : SyntaxErrors.IdentifierExpected);
        return CreateMissingIdentifier(reportAtCurrentPosition, message, argument, role);
    }

    private Identifier CreateMissingIdentifier(bool reportAtCurrentPosition, SyntaxErrorDescriptor? error, string? argument = null, IdentifierRole role = IdentifierRole.Reference)
    {
        if (error is not null)
        {
            if (reportAtCurrentPosition)
            {
                ErrorAt(_lexer.FullStart, _lexer.FullStart, error, argument);
            }
            else
            {
                ErrorAtCurrentToken(error, argument);
            }
        }

        return new Identifier(new TextSpan(_prevTokenEnd, 0), string.Empty, role);
    }

    private Identifier ParseIdentifier(IdentifierRole role = IdentifierRole.Reference, SyntaxErrorDescriptor? error = null) => CreateIdentifier(IsIdentifier(), role, error);

    private Identifier ParseBindingIdentifier(SyntaxErrorDescriptor? error = null) => CreateIdentifier(IsBindingIdentifier(), IdentifierRole.Binding, error);

    private Identifier? ParseOptionalBindingIdentifier() => IsBindingIdentifier() ? ParseBindingIdentifier() : null;

    private Identifier ParseIdentifierName(IdentifierRole role = IdentifierRole.Property, SyntaxErrorDescriptor? error = null)
    {
        if (_token == SyntaxKind.PrivateIdentifier)
        {
            return CreateIdentifier(false, role, error);
        }

        return CreateIdentifier(IsIdentifierOrKeywordToken(_token), role, error);
    }

    private PrivateIdentifier ParsePrivateIdentifier()
    {
        var start = TokenStart;
        var text = _lexer.GetIdentifierText();
        NextToken();
        return new PrivateIdentifier(SpanFrom(start), text);
    }

    /// <summary>The same name in another role (a parsed reference that turned out to bind, or to label).</summary>
    private static Identifier WithRole(Identifier identifier, IdentifierRole role) =>
        identifier.Role == role ? identifier : new Identifier(identifier.Span, identifier.Text, role, identifier.OriginalKeyword);

    // ----- modifiers --------------------------------------------------------------------------

    private static bool IsModifierKind(SyntaxKind kind) => kind switch
    {
        SyntaxKind.AbstractKeyword or SyntaxKind.AccessorKeyword or SyntaxKind.AsyncKeyword or SyntaxKind.ConstKeyword
            or SyntaxKind.DeclareKeyword or SyntaxKind.DefaultKeyword or SyntaxKind.ExportKeyword or SyntaxKind.InKeyword
            or SyntaxKind.PublicKeyword or SyntaxKind.PrivateKeyword or SyntaxKind.ProtectedKeyword or SyntaxKind.ReadonlyKeyword
            or SyntaxKind.StaticKeyword or SyntaxKind.OutKeyword or SyntaxKind.OverrideKeyword => true,
        _ => false,
    };

    private static bool IsClassMemberModifier(SyntaxKind kind) => kind is SyntaxKind.PublicKeyword or SyntaxKind.PrivateKeyword
        or SyntaxKind.ProtectedKeyword or SyntaxKind.ReadonlyKeyword or SyntaxKind.StaticKeyword or SyntaxKind.OverrideKeyword or SyntaxKind.AccessorKeyword;

    private ModifierList ParseModifiers(bool allowDecorators, bool permitConstAsModifier = false, bool stopOnStartOfClassStaticBlock = false)
    {
        if (!allowDecorators || _token != SyntaxKind.AtToken)
        {
            if (!IsModifierKind(_token))
            {
                return ModifierList.Empty;
            }
        }

        var items = new List<Node>();
        var flags = ModifierFlags.None;
        var seenStatic = false;
        var hasLeadingModifier = false;
        var hasTrailingDecorator = false;
        if (allowDecorators && _token == SyntaxKind.AtToken)
        {
            while (TryParseDecorator() is { } decorator)
            {
                items.Add(decorator);
                flags |= ModifierFlags.Decorator;
            }
        }

        while (TryParseModifier(seenStatic, permitConstAsModifier, stopOnStartOfClassStaticBlock) is { } modifier)
        {
            seenStatic |= modifier.Kind == SyntaxKind.StaticKeyword;
            items.Add(modifier);
            flags |= modifier.Flag;
            hasLeadingModifier = true;
        }

        if (hasLeadingModifier && allowDecorators && _token == SyntaxKind.AtToken)
        {
            while (TryParseDecorator() is { } decorator)
            {
                items.Add(decorator);
                flags |= ModifierFlags.Decorator;
                hasTrailingDecorator = true;
            }
        }

        if (hasTrailingDecorator)
        {
            while (TryParseModifier(seenStatic, permitConstAsModifier, stopOnStartOfClassStaticBlock) is { } modifier)
            {
                seenStatic |= modifier.Kind == SyntaxKind.StaticKeyword;
                items.Add(modifier);
                flags |= modifier.Flag;
            }
        }

        return items.Count == 0 ? ModifierList.Empty : new ModifierList(items.ToArray(), flags);
    }

    private Modifier? TryParseModifier(bool hasSeenStatic, bool permitConstAsModifier, bool stopOnStartOfClassStaticBlock)
    {
        var start = TokenStart;
        var kind = _token;
        if (_token == SyntaxKind.ConstKeyword && permitConstAsModifier)
        {
            // 'const' stays a declaration unless what follows it on the same line can follow a modifier.
            if (!TryParseBool(static p => p.NextTokenIsOnSameLineAndCanFollowModifier()))
            {
                return null;
            }
        }
        else if (stopOnStartOfClassStaticBlock && _token == SyntaxKind.StaticKeyword && LookAhead(static p => p.NextToken() == SyntaxKind.OpenBraceToken))
        {
            return null;
        }
        else if (hasSeenStatic && _token == SyntaxKind.StaticKeyword)
        {
            return null;
        }
        else if (!ParseAnyContextualModifier())
        {
            return null;
        }

        return new Modifier(kind, SpanFrom(start));
    }

    private bool ParseAnyContextualModifier() => IsModifierKind(_token) && TryParseBool(static p => p.NextTokenCanFollowModifier());

    private bool ParseContextualModifier(SyntaxKind kind) => _token == kind && TryParseBool(static p => p.NextTokenCanFollowModifier());

    private Decorator? TryParseDecorator()
    {
        var start = TokenStart;
        if (!ParseOptional(SyntaxKind.AtToken))
        {
            return null;
        }

        var saved = _context;
        _context |= ContextFlags.Decorator;
        var expression = ParseDecoratorExpression();
        _context = saved;
        return new Decorator(SpanFrom(start), expression);
    }

    private Expression ParseDecoratorExpression()
    {
        if (InContext(ContextFlags.Await) && _token == SyntaxKind.AwaitKeyword)
        {
            // '@await' cannot decorate in an async context; take it as a name and go on.
            var start = TokenStart;
            var awaitName = ParseIdentifier(IdentifierRole.Reference, SyntaxErrors.ExpressionExpected);
            NextToken();
            var member = ParseMemberExpressionRest(start, awaitName, allowOptionalChain: true);
            return ParseCallExpressionRest(start, member);
        }

        return ParseLeftHandSideExpressionOrHigher();
    }

    private ModifierList SingleModifier(SyntaxKind kind)
    {
        var start = TokenStart;
        NextToken();
        var modifier = new Modifier(kind, SpanFrom(start));
        return new ModifierList([modifier], modifier.Flag);
    }
}
