function format(value: string): string;
function format(value: number, digits?: number): string;
function format(value: unknown, digits = 2): string {
  return String(value);
}
