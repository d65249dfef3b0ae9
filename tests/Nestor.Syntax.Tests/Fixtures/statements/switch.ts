switch (action.type) {
  case 'add':
  case 'insert': {
    add();
    break;
  }
  default:
    ignore();
}
