class Handler {
  handle(this: Handler, event: Event) {}
}
