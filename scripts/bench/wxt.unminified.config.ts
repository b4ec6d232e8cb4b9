// The extension as `npm run bench -- --hot` profiles it: the same build, with
// readable function names (no minification), in its own output folder.
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import config from '../../wxt.config';

export default defineConfig({
  ...config,
  outDir: '.output/unminified',
  vite: () => ({ plugins: [preact()], build: { minify: false } }),
});
