const query = sql<User>`select * from users`;
