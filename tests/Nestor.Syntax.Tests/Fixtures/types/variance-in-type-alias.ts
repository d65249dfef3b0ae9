type Getter<out T> = () => T;
