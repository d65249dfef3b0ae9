type Handler = ((event: Event) => void) | undefined;
