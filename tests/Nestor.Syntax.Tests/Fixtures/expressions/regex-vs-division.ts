const ratio = total / count / 2;
const re = /ab+c/gi;
const after = x = /=/.test(y);
const inCall = split(/[,;]/);
