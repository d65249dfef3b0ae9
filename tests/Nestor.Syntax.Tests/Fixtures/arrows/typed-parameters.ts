const greet = (name: string, times = 1): string => name.repeat(times);
