function notAGenerator() {
  const yield_ = 1;
  return yield_;
}
const gen = function* () {
  const inner = () => 1;
  yield inner();
};
