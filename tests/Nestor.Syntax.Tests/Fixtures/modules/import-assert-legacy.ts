import config from './config.json' assert { type: 'json' };
