using Nestor.Text;

namespace Nestor.Syntax;

internal sealed partial class Parser
{
    private Statement ParseModuleDeclaration(int start, ModifierList modifiers)
    {
        if (_token == SyntaxKind.GlobalKeyword)
        {
            return ParseAmbientExternalModuleDeclaration(start, modifiers, SyntaxKind.GlobalKeyword);
        }

        if (ParseOptional(SyntaxKind.NamespaceKeyword))
        {
            return ParseNamespaceDeclaration(start, modifiers, SyntaxKind.NamespaceKeyword, nested: false);
        }

        ParseExpected(SyntaxKind.ModuleKeyword);
        if (_token == SyntaxKind.StringLiteral)
        {
            return ParseAmbientExternalModuleDeclaration(start, modifiers, SyntaxKind.ModuleKeyword);
        }

        return ParseNamespaceDeclaration(start, modifiers, SyntaxKind.ModuleKeyword, nested: false);
    }

    private ModuleDeclaration ParseNamespaceDeclaration(int start, ModifierList modifiers, SyntaxKind keyword, bool nested)
    {
        var name = nested ? ParseIdentifierName(IdentifierRole.Binding) : ParseIdentifier(IdentifierRole.Binding);
        Node body;
        if (ParseOptional(SyntaxKind.DotToken))
        {
            // 'namespace A.B.C {}' nests one declaration per name, each starting at its name.
            body = ParseNamespaceDeclaration(TokenStart, ModifierList.Empty, keyword, nested: true);
        }
        else
        {
            body = ParseModuleBlock();
        }

        return new ModuleDeclaration(SpanFrom(start), modifiers, keyword, name, body);
    }

    private ModuleDeclaration ParseAmbientExternalModuleDeclaration(int start, ModifierList modifiers, SyntaxKind keyword)
    {
        Node name = keyword == SyntaxKind.GlobalKeyword ? ParseIdentifier(IdentifierRole.Binding) : ParseLiteralNode();
        Node? body = null;
        if (_token == SyntaxKind.OpenBraceToken)
        {
            body = ParseModuleBlock();
        }
        else
        {
            ParseSemicolon();
        }

        return new ModuleDeclaration(SpanFrom(start), modifiers, keyword, name, body);
    }

    private ModuleBlock ParseModuleBlock()
    {
        var start = TokenStart;
        NodeList<Statement> statements;
        if (ParseExpected(SyntaxKind.OpenBraceToken))
        {
            statements = ParseList(ParsingContext.BlockStatements, static p => p.ParseStatement());
            ParseExpected(SyntaxKind.CloseBraceToken);
        }
        else
        {
            statements = NodeList<Statement>.Empty;
        }

        return new ModuleBlock(SpanFrom(start), statements);
    }

    private Statement ParseImportDeclarationOrImportEquals(int start, ModifierList modifiers)
    {
        ParseExpected(SyntaxKind.ImportKeyword);
        var clauseStart = TokenStart;
        Identifier? identifier = null;
        if (IsIdentifier())
        {
            identifier = ParseIdentifier(IdentifierRole.Binding);
        }

        var isTypeOnly = false;
        var isDeferred = false;
        if (identifier is { Text: "type" }
            && (_token != SyntaxKind.FromKeyword || (IsIdentifier() && LookAhead(static p => p.NextToken() is SyntaxKind.FromKeyword or SyntaxKind.EqualsToken)))
            && (IsIdentifier() || _token is SyntaxKind.AsteriskToken or SyntaxKind.OpenBraceToken))
        {
            isTypeOnly = true;
            identifier = IsIdentifier() ? ParseIdentifier(IdentifierRole.Binding) : null;
        }
        else if (identifier is { Text: "defer" }
            && (_token == SyntaxKind.FromKeyword ? !LookAhead(static p => p.NextToken() == SyntaxKind.StringLiteral) : _token is not (SyntaxKind.CommaToken or SyntaxKind.EqualsToken)))
        {
            isDeferred = true;
            identifier = IsIdentifier() ? ParseIdentifier(IdentifierRole.Binding) : null;
        }

        if (identifier is not null && _token is not (SyntaxKind.CommaToken or SyntaxKind.FromKeyword) && !isDeferred)
        {
            return ParseImportEqualsDeclaration(start, modifiers, identifier, isTypeOnly);
        }

        ImportClause? clause = null;
        if (identifier is not null || _token is SyntaxKind.AsteriskToken or SyntaxKind.OpenBraceToken)
        {
            Node? namedBindings = null;
            if (identifier is null || ParseOptional(SyntaxKind.CommaToken))
            {
                namedBindings = _token == SyntaxKind.AsteriskToken ? ParseNamespaceImport() : ParseNamedImports();
            }

            clause = new ImportClause(SpanFrom(clauseStart), isTypeOnly, isDeferred, identifier, namedBindings);
            ParseExpected(SyntaxKind.FromKeyword);
        }

        var moduleSpecifier = ParseModuleSpecifier();
        var attributes = TryParseImportAttributes();
        ParseSemicolon();
        return new ImportDeclaration(SpanFrom(start), modifiers, clause, moduleSpecifier, attributes);
    }

    private ImportEqualsDeclaration ParseImportEqualsDeclaration(int start, ModifierList modifiers, Identifier name, bool isTypeOnly)
    {
        ParseExpected(SyntaxKind.EqualsToken);
        Node reference;
        if (_token == SyntaxKind.RequireKeyword && LookAhead(static p => p.NextToken() == SyntaxKind.OpenParenToken))
        {
            var referenceStart = TokenStart;
            NextToken();
            ParseExpected(SyntaxKind.OpenParenToken);
            var expression = ParseModuleSpecifier();
            ParseExpected(SyntaxKind.CloseParenToken);
            reference = new ExternalModuleReference(SpanFrom(referenceStart), expression);
        }
        else
        {
            reference = ParseEntityName(allowReservedWords: false, role: IdentifierRole.Reference);
        }

        ParseSemicolon();
        return new ImportEqualsDeclaration(SpanFrom(start), modifiers, isTypeOnly, name, reference);
    }

    private Expression ParseModuleSpecifier()
    {
        if (_token == SyntaxKind.StringLiteral)
        {
            return ParseLiteralNode();
        }

        // Only strings are valid; TypeScript parses any expression here and complains in its checker.
        return ParseExpression();
    }

    private ImportAttributes? TryParseImportAttributes()
    {
        if (_token is SyntaxKind.WithKeyword or SyntaxKind.AssertKeyword && !HasPrecedingLineBreak)
        {
            return ParseImportAttributes(_token, skipKeyword: false);
        }

        return null;
    }

    private ImportAttributes ParseImportAttributes(SyntaxKind token, bool skipKeyword)
    {
        var start = TokenStart;
        if (!skipKeyword)
        {
            ParseExpected(token);
        }

        NodeList<ImportAttribute> elements;
        if (ParseExpected(SyntaxKind.OpenBraceToken))
        {
            elements = ParseDelimitedList(ParsingContext.ImportAttributes, static p => p.ParseImportAttribute(), considerSemicolonAsDelimiter: true);
            ParseExpected(SyntaxKind.CloseBraceToken);
        }
        else
        {
            elements = NodeList<ImportAttribute>.Empty;
        }

        return new ImportAttributes(SpanFrom(start), token, elements);
    }

    private ImportAttribute ParseImportAttribute()
    {
        var start = TokenStart;
        Node name = _token == SyntaxKind.StringLiteral ? ParseLiteralNode() : ParseIdentifierName(IdentifierRole.Property);
        ParseExpected(SyntaxKind.ColonToken);
        var value = ParseAssignmentExpressionOrHigher(allowReturnTypeInArrowFunction: true);
        return new ImportAttribute(SpanFrom(start), name, value);
    }

    private NamespaceImport ParseNamespaceImport()
    {
        var start = TokenStart;
        ParseExpected(SyntaxKind.AsteriskToken);
        ParseExpected(SyntaxKind.AsKeyword);
        var name = ParseIdentifier(IdentifierRole.Binding);
        return new NamespaceImport(SpanFrom(start), name);
    }

    private NamedImports ParseNamedImports()
    {
        var start = TokenStart;
        var elements = ParseBracketedList(ParsingContext.ImportOrExportSpecifiers, static p => p.ParseImportOrExportSpecifier(isImport: true), SyntaxKind.OpenBraceToken, SyntaxKind.CloseBraceToken);
        return new NamedImports(SpanFrom(start), elements.CastTo<ImportSpecifier>());
    }

    private NamedExports ParseNamedExports()
    {
        var start = TokenStart;
        var elements = ParseBracketedList(ParsingContext.ImportOrExportSpecifiers, static p => p.ParseImportOrExportSpecifier(isImport: false), SyntaxKind.OpenBraceToken, SyntaxKind.CloseBraceToken);
        return new NamedExports(SpanFrom(start), elements.CastTo<ExportSpecifier>());
    }

    private Node ParseModuleExportName(IdentifierRole role) => _token == SyntaxKind.StringLiteral ? ParseLiteralNode() : ParseIdentifierName(role);

    private bool IsNameStartAfterAs() => IsIdentifierOrKeywordToken(_token) || _token == SyntaxKind.StringLiteral;

    private Node ParseImportOrExportSpecifier(bool isImport)
    {
        var start = TokenStart;
        var nameRole = isImport ? IdentifierRole.Binding : IdentifierRole.Reference;
        var checkKeyword = _token.IsKeyword() && !IsIdentifier();
        var checkStart = TokenStart;
        var checkEnd = TokenEnd;
        var isTypeOnly = false;
        Node? propertyName = null;
        var canParseAsKeyword = true;
        var name = ParseModuleExportName(nameRole);

        Node ParseNameWithKeywordCheck()
        {
            checkKeyword = _token.IsKeyword() && !IsIdentifier();
            checkStart = TokenStart;
            checkEnd = TokenEnd;
            return ParseModuleExportName(nameRole);
        }

        if (name is Identifier { Text: "type" })
        {
            // 'type' opens four readings: { type }, { type as }, { type as as }, { type as as as }.
            if (_token == SyntaxKind.AsKeyword)
            {
                var firstAs = ParseIdentifierName(nameRole);
                if (_token == SyntaxKind.AsKeyword)
                {
                    var secondAs = ParseIdentifierName(nameRole);
                    if (IsNameStartAfterAs())
                    {
                        isTypeOnly = true;
                        propertyName = firstAs;
                        name = ParseNameWithKeywordCheck();
                        checkKeyword = false;
                    }
                    else
                    {
                        propertyName = name;
                        name = secondAs;
                        checkKeyword = false;
                    }
                }
                else if (IsNameStartAfterAs())
                {
                    propertyName = name;
                    canParseAsKeyword = false;
                    name = ParseNameWithKeywordCheck();
                }
                else
                {
                    isTypeOnly = true;
                    name = firstAs;
                }
            }
            else if (IsNameStartAfterAs())
            {
                isTypeOnly = true;
                name = ParseNameWithKeywordCheck();
            }
        }

        if (canParseAsKeyword && _token == SyntaxKind.AsKeyword)
        {
            propertyName = name;
            ParseExpected(SyntaxKind.AsKeyword);
            name = ParseNameWithKeywordCheck();
        }

        if (isImport)
        {
            if (name is not Identifier)
            {
                ErrorAt(name.Span.Start, name.Span.End, SyntaxErrors.IdentifierExpected);
                name = new Identifier(name.Span, string.Empty, IdentifierRole.Binding);
            }
            else if (checkKeyword)
            {
                ErrorAt(checkStart, checkEnd, SyntaxErrors.IdentifierExpected);
            }

            if (propertyName is Identifier property)
            {
                propertyName = WithRole(property, IdentifierRole.Property);
            }

            return new ImportSpecifier(SpanFrom(start), isTypeOnly, propertyName, name);
        }

        if (propertyName is not null && name is Identifier exported)
        {
            name = WithRole(exported, IdentifierRole.Property);
        }

        return new ExportSpecifier(SpanFrom(start), isTypeOnly, propertyName, name);
    }

    private ExportAssignment ParseExportAssignment(int start, ModifierList modifiers)
    {
        var saved = _context;
        _context |= ContextFlags.Await;
        var isExportEquals = false;
        if (ParseOptional(SyntaxKind.EqualsToken))
        {
            isExportEquals = true;
        }
        else
        {
            ParseExpected(SyntaxKind.DefaultKeyword);
        }

        var expression = ParseAssignmentExpressionOrHigher(allowReturnTypeInArrowFunction: true);
        ParseSemicolon();
        _context = saved;
        return new ExportAssignment(SpanFrom(start), modifiers, isExportEquals, expression);
    }

    private NamespaceExportDeclaration ParseNamespaceExportDeclaration(int start, ModifierList modifiers)
    {
        ParseExpected(SyntaxKind.AsKeyword);
        ParseExpected(SyntaxKind.NamespaceKeyword);
        var name = ParseIdentifier(IdentifierRole.Binding);
        ParseSemicolon();
        return new NamespaceExportDeclaration(SpanFrom(start), modifiers, name);
    }

    private ExportDeclaration ParseExportDeclaration(int start, ModifierList modifiers)
    {
        var saved = _context;
        _context |= ContextFlags.Await;
        Node? exportClause = null;
        Expression? moduleSpecifier = null;
        ImportAttributes? attributes = null;
        var isTypeOnly = ParseOptional(SyntaxKind.TypeKeyword);
        var namespaceStart = TokenStart;
        if (ParseOptional(SyntaxKind.AsteriskToken))
        {
            if (ParseOptional(SyntaxKind.AsKeyword))
            {
                var name = ParseModuleExportName(IdentifierRole.Property);
                exportClause = new NamespaceExport(SpanFrom(namespaceStart), name);
            }

            ParseExpected(SyntaxKind.FromKeyword);
            moduleSpecifier = ParseModuleSpecifier();
        }
        else
        {
            exportClause = ParseNamedExports();

            // A forgotten 'from' before the module name is reported, not fatal.
            if (_token == SyntaxKind.FromKeyword || (_token == SyntaxKind.StringLiteral && !HasPrecedingLineBreak))
            {
                ParseExpected(SyntaxKind.FromKeyword);
                moduleSpecifier = ParseModuleSpecifier();
            }
        }

        if (moduleSpecifier is not null && _token is SyntaxKind.WithKeyword or SyntaxKind.AssertKeyword && !HasPrecedingLineBreak)
        {
            attributes = ParseImportAttributes(_token, skipKeyword: false);
        }

        ParseSemicolon();
        _context = saved;
        return new ExportDeclaration(SpanFrom(start), modifiers, isTypeOnly, exportClause, moduleSpecifier, attributes);
    }
}
