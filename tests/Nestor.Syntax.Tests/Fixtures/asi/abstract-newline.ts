abstract
class NotAbstract {}
