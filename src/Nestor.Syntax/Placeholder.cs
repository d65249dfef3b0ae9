namespace Nestor.Syntax;
