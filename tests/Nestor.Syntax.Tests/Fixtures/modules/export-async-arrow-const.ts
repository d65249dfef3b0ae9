export const handler = async (event: unknown): Promise<void> => {};
