import * as fs from 'node:fs';
