const makeStringBox = makeBox<string>;
const ErrorMap = Map<string, Error>;
