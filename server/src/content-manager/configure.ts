/**
 * Content Manager layouts for the four editorial types: useful list columns,
 * readable relation pickers (names and quote text, not ids), friendly labels,
 * and no importer bookkeeping fields in the edit view.
 *
 * Every setting is written only while it still holds Strapi's generated
 * default, so an editor's own choices ("Configure the view") survive restarts.
 * Called from the plugin's bootstrap, after the content-manager plugin (an
 * internal plugin, bootstrapped first) has synced its configurations.
 */
import type { Core } from '@strapi/strapi';
import { UID } from '../uids';

type Attribute = { type: string; relation?: string; targetModel?: string; target?: string };
type CmModel = { uid: string; attributes: Record<string, Attribute> };
type EditField = { name: string; size: number };
type Metadata = { edit: Record<string, unknown>; list: Record<string, unknown> };
export type CmConfiguration = {
  settings: Record<string, unknown>;
  metadatas: Record<string, Metadata>;
  layouts: { list: string[]; edit: EditField[][] };
};

interface Preset {
  uid: string;
  mainField: string;
  list: string[];
  defaultSort?: { by: string; order: 'ASC' | 'DESC' };
  /** Relation attribute -> field of the target shown in pickers and lists. */
  relationMainFields?: Record<string, string>;
  labels: Record<string, string>;
}

/** Importer bookkeeping: never something an editor should type into. */
const INTERNAL_FIELDS = ['importKey', 'importedFields', 'importFingerprint', 'divergenceAcceptedFor', 'mergedKeys'];
/** Shown, but set by the server (the misquote guard, the review queue's accept): an edit would be overwritten. */
const SERVER_FIELDS = ['diverged', 'divergenceAcceptedBy', 'divergenceAcceptedAt', 'needsReview'];

export const PRESETS: Preset[] = [
  {
    uid: UID.article,
    mainField: 'title',
    list: ['title', 'outlet', 'publishedDate'],
    defaultSort: { by: 'publishedDate', order: 'DESC' },
    relationMainFields: { people: 'name', quotes: 'text', relatedLinks: 'title' },
    labels: {
      title: 'Title',
      slug: 'Slug',
      lead: 'Lead',
      body: 'Body',
      publishedDate: 'Published date',
      outlet: 'Outlet',
      sourceUrl: 'Source URL',
      source: 'Source text',
      sourceText: 'Extracted text',
      people: 'People',
      quotes: 'Quotes',
      relatedLinks: 'Related links',
    },
  },
  {
    uid: UID.person,
    mainField: 'name',
    list: ['name', 'role'],
    relationMainFields: { articles: 'title', quotes: 'text' },
    labels: { name: 'Name', slug: 'Slug', role: 'Role', aliases: 'Aliases', articles: 'Articles', quotes: 'Quotes' },
  },
  {
    uid: UID.quote,
    mainField: 'text',
    list: ['text', 'speaker', 'needsReview'],
    relationMainFields: { speaker: 'name', article: 'title' },
    labels: {
      text: 'Text',
      kind: 'Kind',
      speaker: 'Speaker',
      article: 'Article',
      position: 'Position',
      context: 'Context',
      verb: 'Speech verb',
      attribution: 'Speaker found by',
      confidence: 'Speaker confidence',
      startOffset: 'Start offset',
      endOffset: 'End offset',
      diverged: 'Differs from source',
      divergenceAcceptedBy: 'Difference accepted by',
      divergenceAcceptedAt: 'Difference accepted at',
      speakerConfirmed: 'Speaker confirmed',
      needsReview: 'Needs review',
    },
  },
  {
    uid: UID.relatedLink,
    mainField: 'title',
    list: ['title', 'url'],
    relationMainFields: { article: 'title' },
    labels: { title: 'Title', url: 'URL', kind: 'Kind', article: 'Article', position: 'Position' },
  },
];

// Mirrors of the content-manager's own defaults
// (@strapi/content-manager/dist/server/services/utils/configuration/*).
const NON_LISTABLES = ['json', 'password', 'richtext', 'dynamiczone', 'blocks'];
const DEFAULT_LIST_LENGTH = 4;
const MAX_ROW_SIZE = 12;

const isListable = (model: CmModel, name: string) => {
  const attribute = model.attributes[name];
  return !!attribute && !NON_LISTABLES.includes(attribute.type);
};

export const defaultMainField = (model: CmModel) =>
  Object.keys(model.attributes).find((key) => model.attributes[key].type === 'string' && key !== 'id') ?? 'id';

export const defaultListLayout = (model: CmModel) =>
  Object.keys(model.attributes)
    .filter((name) => isListable(model, name) && name !== 'documentId')
    .slice(0, DEFAULT_LIST_LENGTH);

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((value, i) => value === b[i]);

/** Drop the importer's fields from an edit layout, re-flowing nothing else. */
const withoutInternalFields = (edit: EditField[][]) =>
  edit.map((row) => row.filter((field) => !INTERNAL_FIELDS.includes(field.name))).filter((row) => row.length > 0);

/**
 * Compute the configuration to write for one type, or null when nothing is
 * still at its default. Pure, so the rules are unit-testable.
 */
export function planConfiguration(
  preset: Preset,
  model: CmModel,
  current: CmConfiguration,
  targetModels: Record<string, CmModel>
): CmConfiguration | null {
  const next: CmConfiguration = JSON.parse(JSON.stringify(current));
  let changed = false;
  const defaultMain = defaultMainField(model);

  if (next.settings.mainField === defaultMain && defaultMain !== preset.mainField && model.attributes[preset.mainField]) {
    next.settings.mainField = preset.mainField;
    changed = true;
  }
  // Strapi sorts by the default main field; sort by ours (or the preset's order) instead.
  const sort = preset.defaultSort ?? { by: preset.mainField, order: 'ASC' as const };
  if (
    next.settings.defaultSortBy === defaultMain &&
    (next.settings.defaultSortOrder ?? 'ASC') === 'ASC' &&
    (sort.by !== defaultMain || sort.order !== 'ASC') &&
    model.attributes[sort.by]
  ) {
    next.settings.defaultSortBy = sort.by;
    next.settings.defaultSortOrder = sort.order;
    changed = true;
  }

  const list = next.layouts.list ?? [];
  const wantedList = preset.list.filter((name) => isListable(model, name));
  if (sameList(list, defaultListLayout(model)) && !sameList(list, wantedList)) {
    next.layouts.list = wantedList;
    changed = true;
  }

  const edit = next.layouts.edit ?? [];
  const cleaned = withoutInternalFields(edit);
  if (cleaned.length !== edit.length || cleaned.some((row, i) => row.length !== edit[i].length)) {
    next.layouts.edit = cleaned.length > 0 ? cleaned : edit;
    changed = true;
  }

  for (const [name, wanted] of Object.entries(preset.relationMainFields ?? {})) {
    const meta = next.metadatas[name];
    const attribute = model.attributes[name];
    const target = attribute && targetModels[attribute.targetModel ?? attribute.target ?? ''];
    if (!meta || !target || !target.attributes[wanted]) continue;
    if (meta.edit.mainField === defaultMainField(target) && meta.edit.mainField !== wanted) {
      meta.edit.mainField = wanted;
      changed = true;
    }
  }

  for (const [name, label] of Object.entries(preset.labels)) {
    const meta = next.metadatas[name];
    if (!meta) continue;
    for (const view of ['edit', 'list'] as const) {
      if (meta[view] && meta[view].label === name && name !== label) {
        meta[view].label = label;
        changed = true;
      }
    }
  }

  for (const name of [...INTERNAL_FIELDS, ...SERVER_FIELDS]) {
    const meta = next.metadatas[name];
    if (meta?.edit && meta.edit.editable === true && meta.edit.visible !== false) {
      meta.edit.editable = false;
      changed = true;
    }
  }

  return changed ? next : null;
}

export async function configureContentManager(strapi: Core.Strapi): Promise<void> {
  const contentTypes = strapi.plugin('content-manager')?.service('content-types');
  if (!contentTypes) return;

  const findModel = (uid: string): CmModel | null => contentTypes.findContentType(uid) ?? null;

  for (const preset of PRESETS) {
    try {
      const model = findModel(preset.uid);
      if (!model) continue;
      const current = (await contentTypes.findConfiguration({ uid: preset.uid })) as CmConfiguration;
      // Not synced yet (the content manager creates it in its own bootstrap): nothing to compare with.
      if (!current?.settings || Object.keys(current.settings).length === 0) continue;

      const targets: Record<string, CmModel> = {};
      for (const attribute of Object.values(model.attributes)) {
        const target = attribute.targetModel ?? attribute.target;
        if (attribute.type === 'relation' && target && !targets[target]) {
          const targetModel = findModel(target);
          if (targetModel) targets[target] = targetModel;
        }
      }

      const next = planConfiguration(preset, model, current, targets);
      if (next) {
        await contentTypes.updateConfiguration(
          { uid: preset.uid },
          { settings: next.settings, metadatas: next.metadatas, layouts: next.layouts }
        );
      }
    } catch (error) {
      strapi.log.warn(`[newsroom] could not configure the Content Manager for ${preset.uid}: ${(error as Error).message}`);
    }
  }
}

export default configureContentManager;
