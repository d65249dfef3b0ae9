type satisfies = string;
let satisfies: satisfies;
