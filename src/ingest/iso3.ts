import { z } from 'zod';

/** An ISO 3166-1 alpha-3 country code as the seed files write it (`MEX`); whether it names a country is the CountryMatcher's question. */
export const iso3 = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code such as MEX');
