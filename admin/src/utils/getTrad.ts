import { PLUGIN_ID } from '../pluginId';

/** Translation id of a key in translations/en.json (registerTrads prefixes them with the plugin id). */
export const getTrad = (id: string) => `${PLUGIN_ID}.${id}`;
