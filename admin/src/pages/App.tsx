import { Page } from '@strapi/strapi/admin';
import { Routes, Route } from 'react-router-dom';
import { ImportPage } from './ImportPage';
import { FeedsPage } from './FeedsPage';
import { PERMISSIONS } from '../permissions';

/** The plugin's routes; users without the import permission get Strapi's "no permissions" page. */
export const App = () => (
  <Page.Protect permissions={PERMISSIONS.import}>
    <Routes>
      <Route index element={<ImportPage />} />
      <Route path="feeds" element={<FeedsPage />} />
      <Route path="*" element={<Page.Error />} />
    </Routes>
  </Page.Protect>
);
