import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC_KEY = 'isPublic';

/** Lets a route of a guarded controller through without a token. */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);
