const make = () => ({ id: 1 });
