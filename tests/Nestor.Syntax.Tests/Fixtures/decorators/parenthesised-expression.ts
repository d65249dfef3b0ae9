@(decorators.pick('a'))
class Picked {}
