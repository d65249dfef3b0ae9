declare
const notDeclared = 1;
