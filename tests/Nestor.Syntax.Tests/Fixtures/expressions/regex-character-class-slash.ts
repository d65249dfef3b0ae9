const re = /[/]+/;
const re2 = /\//g;
