const port = env.PORT ?? 3000;
settings.retries ??= 3;
