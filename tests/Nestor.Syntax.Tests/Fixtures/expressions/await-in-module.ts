const config = await loadConfig();
export { config };
