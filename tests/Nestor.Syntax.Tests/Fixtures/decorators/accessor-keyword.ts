class Store {
  @observable accessor count = 0;
}
