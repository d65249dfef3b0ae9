const el = <a href="/{id}" title='x"y'>link</a>;
