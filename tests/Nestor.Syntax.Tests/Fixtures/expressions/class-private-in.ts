class A { #x = 1; static is(o: object) { return #x in o; } }
