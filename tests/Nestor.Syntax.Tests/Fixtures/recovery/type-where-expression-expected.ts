const x = string[];
