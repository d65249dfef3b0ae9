const re = /[\p{L}--\p{Ll}]/v;
