export const CLOCK = 'CLOCK';

export interface Clock {
  now(): number;
}
