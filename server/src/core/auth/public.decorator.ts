import { SetMetadata } from '@nestjs/common';

export const PUBLIC_KEY = 'cirkel:public';

/** Opens one operation to anonymous callers. Everything else requires a signed-in user. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
