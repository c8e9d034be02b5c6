import { Page } from '@strapi/strapi/admin';
import { Routes, Route } from 'react-router-dom';
import { ImportPage } from './ImportPage';
import { NEWSROOM_PAGE_PERMISSIONS } from '../pagePermissions';
import { FeedsPage } from './FeedsPage';
import { PERMISSIONS } from '../permissions';

/**
 * The plugin's routes: one page whose tabs have their own addresses. Users
 * holding none of the plugin's actions get Strapi's "no permissions" page.
 */
export const App = () => (
  <Page.Protect permissions={NEWSROOM_PAGE_PERMISSIONS}>
    <Routes>
      <Route
        path="feeds"
        element={
          <Page.Protect permissions={PERMISSIONS.import}>
            <FeedsPage />
          </Page.Protect>
        }
      />
      <Route path="/:tab?" element={<ImportPage />} />
      <Route path="*" element={<Page.Error />} />
    </Routes>
  </Page.Protect>
);
