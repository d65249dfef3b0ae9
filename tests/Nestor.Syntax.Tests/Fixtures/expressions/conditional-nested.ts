const label = a ? b ? 'x' : 'y' : c ? 'z' : 'w';
