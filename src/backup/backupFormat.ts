import { z } from 'zod';

/**
 * The backup file: gzipped JSON lines. The first line is the header (format, version, when and
 * from where); then one line per node, then one per relationship; the last line is the manifest
 * (counts by label and type, and the SHA-256 of every line before it). A file whose manifest is
 * missing was cut short; one whose counts or checksum disagree was damaged.
 */
export const BACKUP_FORMAT = 'migrant-rights-kg-backup';

/** The format version this code writes and reads; a file of a later version is refused. */
export const BACKUP_VERSION = 1;

/** Types kept as text in the file and parsed back by the restore (see cypher/backup/_typedValue). */
export const TYPED_TAGS = ['int', 'float', 'date', 'time', 'localtime', 'datetime', 'localdatetime', 'duration'] as const;

/** A property type the file holds as tagged text. */
export type TypedTag = (typeof TYPED_TAGS)[number];

const header = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    createdAt: z.string(),
    database: z.string(),
    neo4jVersion: z.string(),
    source: z.string(),
  })
  .strict();

/** The first line of a backup. */
export type BackupHeader = z.infer<typeof header>;

const safeInt = z.number().int().refine(Number.isSafeInteger, 'an integer beyond 2^53 must be written {"$int": "<digits>"}');

/**
 * A property value: strings, booleans, integers (as JSON numbers while they are exact) and
 * lists of one of them as they are; anything else as `{"$<tag>": text}` or `{"$<tag>": [text, ...]}`.
 */
const propertyValue = z.union([
  z.string(),
  z.boolean(),
  safeInt,
  z.array(z.string()),
  z.array(z.boolean()),
  z.array(safeInt),
  z
    .record(z.string(), z.union([z.string(), z.array(z.string())]))
    .refine(
      (o) => Object.keys(o).length === 1 && TYPED_TAGS.some((t) => `$${t}` === Object.keys(o)[0]),
      `a tagged value is {"$<type>": text} with type one of ${TYPED_TAGS.join(', ')}`,
    ),
]);

/** A property value as the file holds it. */
export type PropertyValue = z.infer<typeof propertyValue>;

const properties = z.record(z.string(), propertyValue);

const key = z.number().int().nonnegative();

const nodeLine = z.object({ n: key, l: z.array(z.string().min(1)), p: properties }).strict();
const relationshipLine = z.object({ r: z.string().min(1), s: key, e: key, p: properties }).strict();

/** A node: its key in this file, its labels, its properties. */
export type NodeLine = z.infer<typeof nodeLine>;
/** A relationship: its type, the keys of its start and end nodes, its properties. */
export type RelationshipLine = z.infer<typeof relationshipLine>;

const counts = z.record(z.string(), z.number().int().nonnegative());

const manifest = z
  .object({
    manifest: z
      .object({
        nodes: z.number().int().nonnegative(),
        relationships: z.number().int().nonnegative(),
        labels: counts,
        types: counts,
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        /** True when no write committed while the backup read the graph: the file is the graph at one moment. */
        snapshot: z.boolean(),
        /** Relationships left out because a node they join was created after the nodes were read (only when not a snapshot). */
        skippedRelationships: z.number().int().nonnegative(),
      })
      .strict(),
  })
  .strict();

/** The last line of a backup. */
export type BackupManifest = z.infer<typeof manifest>['manifest'];

/** The schemas of the lines, for the reader. */
export const backupLines = { header, nodeLine, relationshipLine, manifest };
