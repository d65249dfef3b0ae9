export class {
  a = 1;
}
