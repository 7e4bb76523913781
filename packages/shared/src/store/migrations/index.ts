import type { Migration, MigrationProvider } from 'kysely';
import * as m001 from './001_initial.js';
import * as m002 from './002_feed_origin.js';
import * as m003 from './003_feed_items_skipped.js';
import * as m004 from './004_finding_confidence.js';
import * as m005 from './005_numbers_feed_country.js';
import * as m006 from './006_versions_and_supersession.js';
import * as m007 from './007_hot_read_indexes.js';
import * as m008 from './008_feed_item_fetch_pending.js';
import * as m009 from './009_editor_channels_invites.js';
import * as m010 from './010_story_counts.js';
import * as m011 from './011_story_look_back_pending.js';
import * as m012 from './012_analysis_engine_version.js';

/** Migrations are code, listed here in order, so they ship inside the build with no file globbing. */
export const migrationProvider: MigrationProvider = {
  async getMigrations(): Promise<Record<string, Migration>> {
    return {
      '001_initial': m001,
      '002_feed_origin': m002,
      '003_feed_items_skipped': m003,
      '004_finding_confidence': m004,
      '005_numbers_feed_country': m005,
      '006_versions_and_supersession': m006,
      '007_hot_read_indexes': m007,
      '008_feed_item_fetch_pending': m008,
      '009_editor_channels_invites': m009,
      '010_story_counts': m010,
      '011_story_look_back_pending': m011,
      '012_analysis_engine_version': m012,
    };
  },
};
