class Secret {
  @Log() #counter = 0;
}
