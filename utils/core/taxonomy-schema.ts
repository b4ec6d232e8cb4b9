import { z } from 'zod';
import { GROUPS, SECTORS, type SectorId } from './taxonomy';

/** A sector id from the taxonomy, for schemas that store or read one. */
export const sectorIdSchema = z.enum(SECTORS.map((s) => s.id) as [SectorId, ...SectorId[]]);

/** A group id from the taxonomy. */
export const groupIdSchema = z.enum(GROUPS.map((g) => g.id) as [(typeof GROUPS)[number]['id'], ...(typeof GROUPS)[number]['id'][]]);
