type EventName<T extends string> = `on${Capitalize<T>}`;
type Path = `${string}/${number}`;
