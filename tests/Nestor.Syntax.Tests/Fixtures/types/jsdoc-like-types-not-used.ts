type Q = Array<string | undefined>;
