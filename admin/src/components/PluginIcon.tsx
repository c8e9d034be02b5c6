import { Quotes } from '@strapi/icons';

export const PluginIcon = () => <Quotes />;
