let m: Map<string, number;
