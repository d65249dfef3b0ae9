type L = 'a' | "b" | 1 | -1 | 10n | true | false | `tpl`;
