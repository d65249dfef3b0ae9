const v = maybe?.<string>('x');
const w = obj.fn?.<number, string>(1, 'a');
