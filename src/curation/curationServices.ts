import { projectPath, type Config } from '../config/config';
import { CurationJournal } from './curationJournal';
import { CuratorRegistry } from './curatorRegistry';

/** What curation needs for the life of a server or a command: who may curate, and the record. */
export interface CurationServices {
  /** The curators' tokens (as digests) and names; none: curation is disabled. Never logged. */
  curators: CuratorRegistry;
  /** The curation record every change is written to. */
  journal: CurationJournal;
}

/** From the configuration: CURATOR_TOKENS and CURATOR_TOKEN, and KG_CURATION_JOURNAL. */
export function curationServices(config: Pick<Config, 'CURATOR_TOKEN' | 'CURATOR_TOKENS' | 'KG_CURATION_JOURNAL'>): CurationServices {
  return { curators: CuratorRegistry.fromConfig(config), journal: new CurationJournal(projectPath(config.KG_CURATION_JOURNAL)) };
}
