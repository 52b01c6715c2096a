import type { Params } from '../../shared/operations/params';

/** Settings are kept per sub-account under /locations/{locationId}/...: custom fields and values, tags, templates. */
export const base = (p: Params) => `/locations/${p.locationId()}`;
