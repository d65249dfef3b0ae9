class Parser {
  parse(text: string): Node;
  parse(text: string, strict: boolean): Node | undefined;
  parse(text: string, strict?: boolean): Node | undefined {
    return undefined;
  }
}
