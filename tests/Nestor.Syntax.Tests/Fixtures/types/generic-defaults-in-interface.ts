interface Response<T = unknown, E extends Error = Error> {
  data?: T;
  error?: E;
}
