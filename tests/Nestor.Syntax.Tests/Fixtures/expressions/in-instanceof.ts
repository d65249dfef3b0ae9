const ok = 'key' in obj && obj instanceof Map;
