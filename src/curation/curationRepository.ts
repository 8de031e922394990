import type { Executor, TxRunner } from '../db/executor';
import { BadUserInputError, NotFoundError } from '../errors/domainErrors';
import type { CurationLinkType } from '../generated/graphql';

/** Fields of a practice a curator sets. */
export interface PracticeFields {
  title?: string;
  summary?: string;
  webLinks?: string[];
  tags?: string[];
  thematicAreas?: string;
}

/** A link to make, already checked. */
export interface CheckedLink {
  type: CurationLinkType;
  target: string;
  evidence: string;
}

/** Curation writes: each public method is one transaction, all or nothing. */
export class CurationRepository {
  constructor(private readonly executor: Executor) {}

  async create(id: string, fields: PracticeFields, evidence: string, links: CheckedLink[]): Promise<void> {
    await this.executor.writeTransaction(async (tx) => {
      const [exists] = await tx.run<{ id: string }>('practice/byIds', { ids: [id] });
      if (exists)
        throw new BadUserInputError(
          `input.title: a practice with id ${JSON.stringify(id)} already exists; choose another title or update that one`,
          'input.title',
        );
      await tx.run('curation/createPractice', { id, props: { ...defaults(), ...withTagsText(fields), implementedByPartners: false }, evidence });
      for (const link of links) await tx.run('curation/link', { id, ...link });
      await deriveBackings(tx, id);
    });
  }

  async update(id: string, fields: PracticeFields, evidence: string): Promise<void> {
    await this.executor.writeTransaction(async (tx) => {
      const [row] = await tx.run<{ id: string }>('curation/updatePractice', { id, props: withTagsText(fields), evidence });
      if (!row) throw new NotFoundError('practice', id);
      // The backing rule reads the title and summary (an instrument the text names), so a new text re-derives.
      await deriveBackings(tx, id);
    });
  }

  async delete(id: string): Promise<number> {
    return this.executor.writeTransaction(async (tx) => {
      const [row] = await tx.run<{ relationships: number }>('curation/deletePractice', { id });
      if (!row) throw new NotFoundError('practice', id);
      return row.relationships;
    });
  }

  async link(id: string, link: CheckedLink): Promise<void> {
    await this.executor.writeTransaction(async (tx) => {
      const [row] = await tx.run<{ linked: number }>('curation/link', { id, ...link });
      if (!row || row.linked === 0) throw new NotFoundError('practice', id);
      await deriveBackings(tx, id);
    });
  }

  async unlink(id: string, type: CurationLinkType, target: string): Promise<void> {
    await this.executor.writeTransaction(async (tx) => {
      const [exists] = await tx.run<{ id: string }>('practice/byIds', { ids: [id] });
      if (!exists) throw new NotFoundError('practice', id);
      const [row] = await tx.run<{ unlinked: number }>('curation/unlink', { id, type, target });
      if (!row || row.unlinked === 0) throw new NotFoundError(`${type} link of practice ${id} to`, target);
      await deriveBackings(tx, id);
    });
  }
}

/**
 * Re-derives the practice's backings in the write's own transaction (the rule is in
 * cypher/backing/derive.cypher), so no reader ever sees a link without its backings.
 */
async function deriveBackings(tx: TxRunner, id: string): Promise<void> {
  await tx.run('backing/derive', { practiceIds: [id], withThemes: false });
}

function defaults() {
  return { summary: '', webLinks: [], tags: [], thematicAreas: '', countryField: '', partnerField: '', notes: [], sourceDocument: null, sourceLines: null };
}

function withTagsText(fields: PracticeFields): Record<string, unknown> {
  const out: Record<string, unknown> = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== null));
  if (fields.tags) out.tags_text = fields.tags.join(', ');
  return out;
}
