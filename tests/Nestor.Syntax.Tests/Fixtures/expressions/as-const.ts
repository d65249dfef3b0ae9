const roles = ['admin', 'user'] as const;
