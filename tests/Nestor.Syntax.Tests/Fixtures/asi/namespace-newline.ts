namespace
Foo
{}
