const sq = x ** 2;
y **= 3;
