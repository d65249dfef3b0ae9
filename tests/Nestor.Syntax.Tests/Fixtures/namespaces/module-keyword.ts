module Legacy {
  export function run() {}
}
