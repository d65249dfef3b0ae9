const msg = `Hello ${user.name}, you have ${count + 1} messages`;
