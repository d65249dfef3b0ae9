type X = Uppercase<'a'> | Lowercase<'B'> | Uncapitalize<'C'>;
