import { winston, formats } from '@strapi/logger';

// LOG_LEVEL lets tests and the CLI keep Strapi quiet; the default is Strapi's own.
export default ({ env }) => ({
  transports: [
    new winston.transports.Console({
      level: env('LOG_LEVEL', 'http'),
      format: formats.prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss.SSS' }),
    }),
  ],
});
