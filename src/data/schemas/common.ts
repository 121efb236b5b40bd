import { z } from 'zod';

/** Text in both site languages. Vietnamese first: it is the default locale. */
export const bilingual = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });
export type Bilingual = z.output<typeof bilingual>;

export const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case id (a-z, 0-9, -)');
export const snakeId = z.string().regex(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, 'snake_case id (a-z, 0-9, _)');
