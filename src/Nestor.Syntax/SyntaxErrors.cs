namespace Nestor.Syntax;

/// <summary>A syntax error: a code that is never reused and a message phrased as TypeScript's.</summary>
public sealed record SyntaxErrorDescriptor(string Code, string Message)
{
    public string Format(string? argument = null) => argument is null ? Message : Message.Replace("{0}", argument, StringComparison.Ordinal);
}

/// <summary>
/// Every syntax error Nestor reports. Codes are <c>NST1xxx</c>; a code, once shipped, keeps its
/// meaning forever. Messages follow TypeScript's wording so that users recognise them.
/// </summary>
public static class SyntaxErrors
{
    public static readonly SyntaxErrorDescriptor TokenExpected = new("NST1001", "'{0}' expected.");
    public static readonly SyntaxErrorDescriptor IdentifierExpected = new("NST1002", "Identifier expected.");
    public static readonly SyntaxErrorDescriptor UnterminatedStringLiteral = new("NST1003", "Unterminated string literal.");
    public static readonly SyntaxErrorDescriptor UnterminatedTemplateLiteral = new("NST1004", "Unterminated template literal.");
    public static readonly SyntaxErrorDescriptor UnterminatedRegularExpression = new("NST1005", "Unterminated regular expression literal.");
    public static readonly SyntaxErrorDescriptor UnterminatedComment = new("NST1006", "'*/' expected.");
    public static readonly SyntaxErrorDescriptor InvalidCharacter = new("NST1007", "Invalid character.");
    public static readonly SyntaxErrorDescriptor HexadecimalDigitExpected = new("NST1008", "Hexadecimal digit expected.");
    public static readonly SyntaxErrorDescriptor DigitExpected = new("NST1009", "Digit expected.");
    public static readonly SyntaxErrorDescriptor OctalDigitExpected = new("NST1010", "Octal digit expected.");
    public static readonly SyntaxErrorDescriptor BinaryDigitExpected = new("NST1011", "Binary digit expected.");
    public static readonly SyntaxErrorDescriptor ExtendedEscapeOutOfRange = new("NST1012", "An extended Unicode escape value must be between 0x0 and 0x10FFFF, inclusive.");
    public static readonly SyntaxErrorDescriptor UnterminatedUnicodeEscape = new("NST1013", "Unterminated Unicode escape sequence.");
    public static readonly SyntaxErrorDescriptor NumericSeparatorNotAllowed = new("NST1015", "Numeric separators are not allowed here.");
    public static readonly SyntaxErrorDescriptor MultipleNumericSeparators = new("NST1016", "Multiple consecutive numeric separators are not permitted.");
    public static readonly SyntaxErrorDescriptor IdentifierAfterNumericLiteral = new("NST1017", "An identifier or keyword cannot immediately follow a numeric literal.");
    public static readonly SyntaxErrorDescriptor OctalLiteralNotAllowed = new("NST1018", "Octal literals are not allowed. Use the syntax '{0}'.");
    public static readonly SyntaxErrorDescriptor LeadingZeroDecimal = new("NST1019", "Decimals with leading zeros are not allowed.");
    public static readonly SyntaxErrorDescriptor OctalEscapeNotAllowed = new("NST1020", "Octal escape sequences are not allowed. Use the syntax '{0}'.");
    public static readonly SyntaxErrorDescriptor EscapeSequenceNotAllowed = new("NST1021", "Escape sequence '{0}' is not allowed.");
    public static readonly SyntaxErrorDescriptor MergeConflictMarker = new("NST1022", "Merge conflict marker encountered.");
    public static readonly SyntaxErrorDescriptor JsxGreaterThanInText = new("NST1023", "Unexpected token. Did you mean `{'>'}` or `&gt;`?");
    public static readonly SyntaxErrorDescriptor JsxCloseBraceInText = new("NST1024", "Unexpected token. Did you mean `{'}'}` or `&rbrace;`?");
    public static readonly SyntaxErrorDescriptor UnknownRegexFlag = new("NST1025", "Unknown regular expression flag.");
    public static readonly SyntaxErrorDescriptor DuplicateRegexFlag = new("NST1026", "Duplicate regular expression flag.");
    public static readonly SyntaxErrorDescriptor ShebangNotAtStart = new("NST1027", "'#!' can only be used at the start of a file.");
    public static readonly SyntaxErrorDescriptor InvalidEscapeInIdentifier = new("NST1028", "Invalid Unicode escape sequence.");
    public static readonly SyntaxErrorDescriptor ExpressionExpected = new("NST1030", "Expression expected.");
    public static readonly SyntaxErrorDescriptor DeclarationOrStatementExpected = new("NST1031", "Declaration or statement expected.");
    public static readonly SyntaxErrorDescriptor UnexpectedToken = new("NST1032", "Unexpected token.");
    public static readonly SyntaxErrorDescriptor TypeExpected = new("NST1033", "Type expected.");
    public static readonly SyntaxErrorDescriptor PropertyAssignmentExpected = new("NST1034", "Property assignment expected.");
    public static readonly SyntaxErrorDescriptor ArgumentExpressionExpected = new("NST1035", "Argument expression expected.");
    public static readonly SyntaxErrorDescriptor PropertyOrSignatureExpected = new("NST1036", "Property or signature expected.");
    public static readonly SyntaxErrorDescriptor ClassMemberExpected = new("NST1037", "Unexpected token. A constructor, method, accessor, or property was expected.");
    public static readonly SyntaxErrorDescriptor EnumMemberExpected = new("NST1038", "Enum member expected.");
    public static readonly SyntaxErrorDescriptor VariableDeclarationExpected = new("NST1039", "Variable declaration expected.");
    public static readonly SyntaxErrorDescriptor ParameterDeclarationExpected = new("NST1040", "Parameter declaration expected.");
    public static readonly SyntaxErrorDescriptor TypeParameterDeclarationExpected = new("NST1041", "Type parameter declaration expected.");
    public static readonly SyntaxErrorDescriptor TypeArgumentExpected = new("NST1042", "Type argument expected.");
    public static readonly SyntaxErrorDescriptor CaseOrDefaultExpected = new("NST1043", "'case' or 'default' expected.");
    public static readonly SyntaxErrorDescriptor StatementExpected = new("NST1044", "Statement expected.");
    public static readonly SyntaxErrorDescriptor PropertyDestructuringPatternExpected = new("NST1045", "Property destructuring pattern expected.");
    public static readonly SyntaxErrorDescriptor ArrayElementDestructuringPatternExpected = new("NST1046", "Array element destructuring pattern expected.");
    public static readonly SyntaxErrorDescriptor ExpressionOrCommaExpected = new("NST1047", "Expression or comma expected.");
    public static readonly SyntaxErrorDescriptor HeritageClauseExpected = new("NST1048", "Unexpected token. '{' expected.");
    public static readonly SyntaxErrorDescriptor IdentifierOrStringLiteralExpected = new("NST1049", "Identifier or string literal expected.");
    public static readonly SyntaxErrorDescriptor KeywordAsVariableName = new("NST1050", "'{0}' is not allowed as a variable declaration name.");
    public static readonly SyntaxErrorDescriptor KeywordAsParameterName = new("NST1051", "'{0}' is not allowed as a parameter name.");
    public static readonly SyntaxErrorDescriptor NestingTooDeep = new("NST1052", "Nesting is too deep.");
    public static readonly SyntaxErrorDescriptor UnexpectedKeywordOrIdentifier = new("NST1056", "Unexpected keyword or identifier.");
    public static readonly SyntaxErrorDescriptor JsxNoClosingTag = new("NST1058", "JSX element '{0}' has no corresponding closing tag.");
    public static readonly SyntaxErrorDescriptor JsxClosingTagMismatch = new("NST1059", "Expected corresponding JSX closing tag for '{0}'.");
    public static readonly SyntaxErrorDescriptor JsxOneParent = new("NST1060", "JSX expressions must have one parent element.");
    public static readonly SyntaxErrorDescriptor ReservedWordAsIdentifier = new("NST1061", "Identifier expected. '{0}' is a reserved word that cannot be used here.");
    public static readonly SyntaxErrorDescriptor CatchOrFinallyExpected = new("NST1062", "'catch' or 'finally' expected.");
    public static readonly SyntaxErrorDescriptor LineBreakNotPermitted = new("NST1063", "Line break not permitted here.");
    public static readonly SyntaxErrorDescriptor UnexpectedEndOfText = new("NST1067", "Unexpected end of text.");
    public static readonly SyntaxErrorDescriptor DeclarationExpected = new("NST1071", "Declaration expected.");
    public static readonly SyntaxErrorDescriptor ElementAccessNeedsArgument = new("NST1073", "An element access expression should take an argument.");
    public static readonly SyntaxErrorDescriptor JsxFragmentNoClosingTag = new("NST1074", "JSX fragment has no corresponding closing tag.");
    public static readonly SyntaxErrorDescriptor JsxFragmentClosingTagExpected = new("NST1075", "Expected corresponding closing tag for JSX fragment.");
    public static readonly SyntaxErrorDescriptor StringLiteralExpected = new("NST1076", "String literal expected.");
    public static readonly SyntaxErrorDescriptor PrivateIdentifierOutsideClass = new("NST1078", "Private identifiers are not allowed outside class bodies.");
    public static readonly SyntaxErrorDescriptor InvalidOptionalChainFromNew = new("NST1079", "Invalid optional chain from new expression. Did you mean to call '{0}()'?");
    public static readonly SyntaxErrorDescriptor FunctionTypeInUnion = new("NST1080", "Function type notation must be parenthesized when used in a union type.");
    public static readonly SyntaxErrorDescriptor FunctionTypeInIntersection = new("NST1081", "Function type notation must be parenthesized when used in an intersection type.");
    public static readonly SyntaxErrorDescriptor BraceOrSemicolonExpected = new("NST1082", "'{' or ';' expected.");
    public static readonly SyntaxErrorDescriptor ModifiersOnThisParameter = new("NST1083", "Neither decorators nor modifiers may be applied to 'this' parameters.");
    public static readonly SyntaxErrorDescriptor DecoratorsAfterPropertyName = new("NST1084", "Decorators must precede the name and all keywords of property declarations.");
    public static readonly SyntaxErrorDescriptor CallInTypeAnnotation = new("NST1085", "Cannot start a function call in a type annotation.");
    public static readonly SyntaxErrorDescriptor VariableDeclarationNotAllowedHere = new("NST1086", "Variable declaration not allowed at this location.");
    public static readonly SyntaxErrorDescriptor UnaryInExponentiation = new("NST1087", "An unary expression with the '{0}' operator is not allowed in the left-hand side of an exponentiation expression. Consider enclosing the expression in parentheses.");
    public static readonly SyntaxErrorDescriptor JsxAttributeValueExpected = new("NST1088", "'{' or JSX element expected.");
    public static readonly SyntaxErrorDescriptor BlockFollowedByEquals = new("NST1089", "Declaration or statement expected. This '=' follows a block of statements, so if you intended to write a destructuring assignment, you might need to wrap the whole assignment in parentheses.");
    public static readonly SyntaxErrorDescriptor SuperMustBeFollowed = new("NST1090", "'super' must be followed by an argument list or member access.");
    public static readonly SyntaxErrorDescriptor TypeArgumentsOnSuper = new("NST1091", "'super' may not use type arguments.");
    public static readonly SyntaxErrorDescriptor TypePredicateOutsideReturnType = new("NST1092", "A type predicate is only allowed in return type position for functions and methods.");
    public static readonly SyntaxErrorDescriptor EnumMemberSeparatorExpected = new("NST1094", "An enum member name must be followed by a ',', '=', or '}'.");
    public static readonly SyntaxErrorDescriptor ModuleNameTemplate = new("NST1093", "Module declaration names may only use ' or \" quoted strings.");

    /// <summary>Every descriptor, for documentation and for tests that keep codes unique.</summary>
    public static IReadOnlyList<SyntaxErrorDescriptor> All { get; } =
        typeof(SyntaxErrors).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(field => field.FieldType == typeof(SyntaxErrorDescriptor))
            .Select(field => (SyntaxErrorDescriptor)field.GetValue(null)!)
            .ToArray();
}
