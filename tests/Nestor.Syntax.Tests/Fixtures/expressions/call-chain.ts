app.use(helmet()).use(compression()).listen(3000);
