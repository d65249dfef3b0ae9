import type { Model } from 'mongoose';
import type Default from './default';
import type * as Types from './types';
