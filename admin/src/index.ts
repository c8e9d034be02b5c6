import type { StrapiApp } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { PLUGIN_ID } from './pluginId';
import { Initializer } from './components/Initializer';
import { PluginIcon } from './components/PluginIcon';
import { ArticleReviewPanel, QuoteProvenancePanel } from './components/review/panels';
import { NEWSROOM_PAGE_PERMISSIONS } from './pagePermissions';

interface ContentManagerApis {
  addEditViewSidePanel: (panels: PanelComponent[]) => void;
}

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: PluginIcon,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Newsroom' },
      // Shown to roles holding any of plugin::newsroom.import, .review, .merge.
      permissions: NEWSROOM_PAGE_PERMISSIONS,
      Component: () => import('./pages/App').then((mod) => ({ default: mod.App })),
    });

    app.registerPlugin({
      id: PLUGIN_ID,
      initializer: Initializer,
      isReady: false,
      name: PLUGIN_ID,
    });
  },

  bootstrap(app: StrapiApp) {
    // The Content Manager's plugin API (content-manager admin/src/content-manager.ts): panels beside the edit form.
    const contentManager = app.getPlugin('content-manager').apis as unknown as ContentManagerApis;
    contentManager.addEditViewSidePanel([QuoteProvenancePanel, ArticleReviewPanel]);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = await import(`./translations/${locale}.json`);
          return { data: prefixKeys(data), locale };
        } catch {
          return { data: {}, locale };
        }
      })
    );
  },
};

const prefixKeys = (data: Record<string, string>) =>
  Object.fromEntries(Object.entries(data).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value]));
