export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // Source documents may be up to 5 MB each (the plugin's maxSourceBytes); koa-body's default is 1 MB.
  { name: 'strapi::body', config: { jsonLimit: '12mb' } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
