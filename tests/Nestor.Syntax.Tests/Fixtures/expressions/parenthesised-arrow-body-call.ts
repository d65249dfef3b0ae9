const run = () => (setup(), execute());
