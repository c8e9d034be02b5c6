import path from 'path';

export const root = path.resolve(__dirname, '..', '..');
export const appDir = path.join(root, 'playground');
export const distDir = path.join(appDir, 'dist');
