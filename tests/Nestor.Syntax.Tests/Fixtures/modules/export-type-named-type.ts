type type = string;
export type { type };
