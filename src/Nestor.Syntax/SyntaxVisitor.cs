namespace Nestor.Syntax;

/// <summary>Double dispatch over node classes: override the Visit methods of the kinds you need.</summary>
public abstract class SyntaxVisitor
{
    public virtual void Visit(Node node) => node.Accept(this);

    /// <summary>Called by every Visit method that is not overridden.</summary>
    public virtual void DefaultVisit(Node node)
    {
    }

    public virtual void VisitIdentifier(Identifier node) => DefaultVisit(node);

    public virtual void VisitPrivateIdentifier(PrivateIdentifier node) => DefaultVisit(node);

    public virtual void VisitTokenNode(TokenNode node) => DefaultVisit(node);

    public virtual void VisitModifier(Modifier node) => DefaultVisit(node);

    public virtual void VisitKeywordType(KeywordType node) => DefaultVisit(node);

    public virtual void VisitKeywordExpression(KeywordExpression node) => DefaultVisit(node);

    public virtual void VisitStringLiteral(StringLiteral node) => DefaultVisit(node);

    public virtual void VisitNumericLiteral(NumericLiteral node) => DefaultVisit(node);

    public virtual void VisitBigIntLiteral(BigIntLiteral node) => DefaultVisit(node);

    public virtual void VisitRegularExpressionLiteral(RegularExpressionLiteral node) => DefaultVisit(node);

    public virtual void VisitNoSubstitutionTemplateLiteral(NoSubstitutionTemplateLiteral node) => DefaultVisit(node);

    public virtual void VisitTemplateLiteralPiece(TemplateLiteralPiece node) => DefaultVisit(node);

    public virtual void VisitMissingDeclarationExpression(MissingDeclarationExpression node) => DefaultVisit(node);

    public virtual void VisitQualifiedName(QualifiedName node) => DefaultVisit(node);

    public virtual void VisitComputedPropertyName(ComputedPropertyName node) => DefaultVisit(node);

    public virtual void VisitDecorator(Decorator node) => DefaultVisit(node);

    public virtual void VisitTypeParameter(TypeParameter node) => DefaultVisit(node);

    public virtual void VisitParameter(Parameter node) => DefaultVisit(node);

    public virtual void VisitObjectBindingPattern(ObjectBindingPattern node) => DefaultVisit(node);

    public virtual void VisitArrayBindingPattern(ArrayBindingPattern node) => DefaultVisit(node);

    public virtual void VisitBindingElement(BindingElement node) => DefaultVisit(node);

    public virtual void VisitPropertyDeclaration(PropertyDeclaration node) => DefaultVisit(node);

    public virtual void VisitMethodDeclaration(MethodDeclaration node) => DefaultVisit(node);

    public virtual void VisitConstructor(Constructor node) => DefaultVisit(node);

    public virtual void VisitGetAccessor(GetAccessor node) => DefaultVisit(node);

    public virtual void VisitSetAccessor(SetAccessor node) => DefaultVisit(node);

    public virtual void VisitIndexSignature(IndexSignature node) => DefaultVisit(node);

    public virtual void VisitClassStaticBlockDeclaration(ClassStaticBlockDeclaration node) => DefaultVisit(node);

    public virtual void VisitSemicolonClassElement(SemicolonClassElement node) => DefaultVisit(node);

    public virtual void VisitHeritageClause(HeritageClause node) => DefaultVisit(node);

    public virtual void VisitPropertySignature(PropertySignature node) => DefaultVisit(node);

    public virtual void VisitMethodSignature(MethodSignature node) => DefaultVisit(node);

    public virtual void VisitCallSignature(CallSignature node) => DefaultVisit(node);

    public virtual void VisitConstructSignature(ConstructSignature node) => DefaultVisit(node);

    public virtual void VisitTypeReference(TypeReference node) => DefaultVisit(node);

    public virtual void VisitTypePredicate(TypePredicate node) => DefaultVisit(node);

    public virtual void VisitFunctionType(FunctionType node) => DefaultVisit(node);

    public virtual void VisitConstructorType(ConstructorType node) => DefaultVisit(node);

    public virtual void VisitTypeQuery(TypeQuery node) => DefaultVisit(node);

    public virtual void VisitTypeLiteral(TypeLiteral node) => DefaultVisit(node);

    public virtual void VisitArrayType(ArrayType node) => DefaultVisit(node);

    public virtual void VisitTupleType(TupleType node) => DefaultVisit(node);

    public virtual void VisitNamedTupleMember(NamedTupleMember node) => DefaultVisit(node);

    public virtual void VisitOptionalType(OptionalType node) => DefaultVisit(node);

    public virtual void VisitRestType(RestType node) => DefaultVisit(node);

    public virtual void VisitUnionType(UnionType node) => DefaultVisit(node);

    public virtual void VisitIntersectionType(IntersectionType node) => DefaultVisit(node);

    public virtual void VisitConditionalType(ConditionalType node) => DefaultVisit(node);

    public virtual void VisitInferType(InferType node) => DefaultVisit(node);

    public virtual void VisitParenthesizedType(ParenthesizedType node) => DefaultVisit(node);

    public virtual void VisitThisType(ThisType node) => DefaultVisit(node);

    public virtual void VisitTypeOperator(TypeOperator node) => DefaultVisit(node);

    public virtual void VisitIndexedAccessType(IndexedAccessType node) => DefaultVisit(node);

    public virtual void VisitMappedType(MappedType node) => DefaultVisit(node);

    public virtual void VisitLiteralType(LiteralType node) => DefaultVisit(node);

    public virtual void VisitTemplateLiteralType(TemplateLiteralType node) => DefaultVisit(node);

    public virtual void VisitTemplateLiteralTypeSpan(TemplateLiteralTypeSpan node) => DefaultVisit(node);

    public virtual void VisitImportType(ImportType node) => DefaultVisit(node);

    public virtual void VisitTemplateExpression(TemplateExpression node) => DefaultVisit(node);

    public virtual void VisitTemplateSpan(TemplateSpan node) => DefaultVisit(node);

    public virtual void VisitArrayLiteralExpression(ArrayLiteralExpression node) => DefaultVisit(node);

    public virtual void VisitObjectLiteralExpression(ObjectLiteralExpression node) => DefaultVisit(node);

    public virtual void VisitPropertyAssignment(PropertyAssignment node) => DefaultVisit(node);

    public virtual void VisitShorthandPropertyAssignment(ShorthandPropertyAssignment node) => DefaultVisit(node);

    public virtual void VisitSpreadAssignment(SpreadAssignment node) => DefaultVisit(node);

    public virtual void VisitPropertyAccessExpression(PropertyAccessExpression node) => DefaultVisit(node);

    public virtual void VisitElementAccessExpression(ElementAccessExpression node) => DefaultVisit(node);

    public virtual void VisitCallExpression(CallExpression node) => DefaultVisit(node);

    public virtual void VisitNewExpression(NewExpression node) => DefaultVisit(node);

    public virtual void VisitTaggedTemplateExpression(TaggedTemplateExpression node) => DefaultVisit(node);

    public virtual void VisitTypeAssertionExpression(TypeAssertionExpression node) => DefaultVisit(node);

    public virtual void VisitParenthesizedExpression(ParenthesizedExpression node) => DefaultVisit(node);

    public virtual void VisitFunctionExpression(FunctionExpression node) => DefaultVisit(node);

    public virtual void VisitArrowFunction(ArrowFunction node) => DefaultVisit(node);

    public virtual void VisitDeleteExpression(DeleteExpression node) => DefaultVisit(node);

    public virtual void VisitTypeOfExpression(TypeOfExpression node) => DefaultVisit(node);

    public virtual void VisitVoidExpression(VoidExpression node) => DefaultVisit(node);

    public virtual void VisitAwaitExpression(AwaitExpression node) => DefaultVisit(node);

    public virtual void VisitPrefixUnaryExpression(PrefixUnaryExpression node) => DefaultVisit(node);

    public virtual void VisitPostfixUnaryExpression(PostfixUnaryExpression node) => DefaultVisit(node);

    public virtual void VisitBinaryExpression(BinaryExpression node) => DefaultVisit(node);

    public virtual void VisitConditionalExpression(ConditionalExpression node) => DefaultVisit(node);

    public virtual void VisitYieldExpression(YieldExpression node) => DefaultVisit(node);

    public virtual void VisitSpreadElement(SpreadElement node) => DefaultVisit(node);

    public virtual void VisitClassExpression(ClassExpression node) => DefaultVisit(node);

    public virtual void VisitOmittedExpression(OmittedExpression node) => DefaultVisit(node);

    public virtual void VisitExpressionWithTypeArguments(ExpressionWithTypeArguments node) => DefaultVisit(node);

    public virtual void VisitAsExpression(AsExpression node) => DefaultVisit(node);

    public virtual void VisitSatisfiesExpression(SatisfiesExpression node) => DefaultVisit(node);

    public virtual void VisitNonNullExpression(NonNullExpression node) => DefaultVisit(node);

    public virtual void VisitMetaProperty(MetaProperty node) => DefaultVisit(node);

    public virtual void VisitJsxElement(JsxElement node) => DefaultVisit(node);

    public virtual void VisitJsxSelfClosingElement(JsxSelfClosingElement node) => DefaultVisit(node);

    public virtual void VisitJsxOpeningElement(JsxOpeningElement node) => DefaultVisit(node);

    public virtual void VisitJsxClosingElement(JsxClosingElement node) => DefaultVisit(node);

    public virtual void VisitJsxFragment(JsxFragment node) => DefaultVisit(node);

    public virtual void VisitJsxOpeningFragment(JsxOpeningFragment node) => DefaultVisit(node);

    public virtual void VisitJsxClosingFragment(JsxClosingFragment node) => DefaultVisit(node);

    public virtual void VisitJsxText(JsxText node) => DefaultVisit(node);

    public virtual void VisitJsxAttributes(JsxAttributes node) => DefaultVisit(node);

    public virtual void VisitJsxAttribute(JsxAttribute node) => DefaultVisit(node);

    public virtual void VisitJsxSpreadAttribute(JsxSpreadAttribute node) => DefaultVisit(node);

    public virtual void VisitJsxExpression(JsxExpression node) => DefaultVisit(node);

    public virtual void VisitJsxNamespacedName(JsxNamespacedName node) => DefaultVisit(node);

    public virtual void VisitBlock(Block node) => DefaultVisit(node);

    public virtual void VisitEmptyStatement(EmptyStatement node) => DefaultVisit(node);

    public virtual void VisitVariableStatement(VariableStatement node) => DefaultVisit(node);

    public virtual void VisitVariableDeclarationList(VariableDeclarationList node) => DefaultVisit(node);

    public virtual void VisitVariableDeclaration(VariableDeclaration node) => DefaultVisit(node);

    public virtual void VisitExpressionStatement(ExpressionStatement node) => DefaultVisit(node);

    public virtual void VisitIfStatement(IfStatement node) => DefaultVisit(node);

    public virtual void VisitDoStatement(DoStatement node) => DefaultVisit(node);

    public virtual void VisitWhileStatement(WhileStatement node) => DefaultVisit(node);

    public virtual void VisitForStatement(ForStatement node) => DefaultVisit(node);

    public virtual void VisitForInStatement(ForInStatement node) => DefaultVisit(node);

    public virtual void VisitForOfStatement(ForOfStatement node) => DefaultVisit(node);

    public virtual void VisitContinueStatement(ContinueStatement node) => DefaultVisit(node);

    public virtual void VisitBreakStatement(BreakStatement node) => DefaultVisit(node);

    public virtual void VisitReturnStatement(ReturnStatement node) => DefaultVisit(node);

    public virtual void VisitWithStatement(WithStatement node) => DefaultVisit(node);

    public virtual void VisitSwitchStatement(SwitchStatement node) => DefaultVisit(node);

    public virtual void VisitCaseBlock(CaseBlock node) => DefaultVisit(node);

    public virtual void VisitCaseClause(CaseClause node) => DefaultVisit(node);

    public virtual void VisitDefaultClause(DefaultClause node) => DefaultVisit(node);

    public virtual void VisitLabeledStatement(LabeledStatement node) => DefaultVisit(node);

    public virtual void VisitThrowStatement(ThrowStatement node) => DefaultVisit(node);

    public virtual void VisitTryStatement(TryStatement node) => DefaultVisit(node);

    public virtual void VisitCatchClause(CatchClause node) => DefaultVisit(node);

    public virtual void VisitDebuggerStatement(DebuggerStatement node) => DefaultVisit(node);

    public virtual void VisitMissingDeclaration(MissingDeclaration node) => DefaultVisit(node);

    public virtual void VisitFunctionDeclaration(FunctionDeclaration node) => DefaultVisit(node);

    public virtual void VisitClassDeclaration(ClassDeclaration node) => DefaultVisit(node);

    public virtual void VisitInterfaceDeclaration(InterfaceDeclaration node) => DefaultVisit(node);

    public virtual void VisitTypeAliasDeclaration(TypeAliasDeclaration node) => DefaultVisit(node);

    public virtual void VisitEnumDeclaration(EnumDeclaration node) => DefaultVisit(node);

    public virtual void VisitEnumMember(EnumMember node) => DefaultVisit(node);

    public virtual void VisitModuleDeclaration(ModuleDeclaration node) => DefaultVisit(node);

    public virtual void VisitModuleBlock(ModuleBlock node) => DefaultVisit(node);

    public virtual void VisitNamespaceExportDeclaration(NamespaceExportDeclaration node) => DefaultVisit(node);

    public virtual void VisitImportEqualsDeclaration(ImportEqualsDeclaration node) => DefaultVisit(node);

    public virtual void VisitExternalModuleReference(ExternalModuleReference node) => DefaultVisit(node);

    public virtual void VisitImportDeclaration(ImportDeclaration node) => DefaultVisit(node);

    public virtual void VisitImportClause(ImportClause node) => DefaultVisit(node);

    public virtual void VisitNamespaceImport(NamespaceImport node) => DefaultVisit(node);

    public virtual void VisitNamedImports(NamedImports node) => DefaultVisit(node);

    public virtual void VisitImportSpecifier(ImportSpecifier node) => DefaultVisit(node);

    public virtual void VisitExportAssignment(ExportAssignment node) => DefaultVisit(node);

    public virtual void VisitExportDeclaration(ExportDeclaration node) => DefaultVisit(node);

    public virtual void VisitNamedExports(NamedExports node) => DefaultVisit(node);

    public virtual void VisitNamespaceExport(NamespaceExport node) => DefaultVisit(node);

    public virtual void VisitExportSpecifier(ExportSpecifier node) => DefaultVisit(node);

    public virtual void VisitImportAttributes(ImportAttributes node) => DefaultVisit(node);

    public virtual void VisitImportAttribute(ImportAttribute node) => DefaultVisit(node);

    public virtual void VisitSourceFile(SourceFile node) => DefaultVisit(node);
}
