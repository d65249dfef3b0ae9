const x = value as unknown as Cat;
