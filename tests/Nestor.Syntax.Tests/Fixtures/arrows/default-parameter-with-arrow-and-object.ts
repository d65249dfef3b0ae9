function configure({ retries = 3, onError = (e: Error) => console.error(e) } = {}) {}
