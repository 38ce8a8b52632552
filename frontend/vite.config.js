// Builds the node-editor bundle into the Python package (gancanvas/app/esm/).
// `vue` stays external: NiceGUI's import map resolves it to its own Vue 3 ESM build,
// so Vue Flow and the canvas component share one Vue instance with the page.
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

const outDir = fileURLToPath(new URL('../gancanvas/app/esm', import.meta.url))

export default defineConfig({
  plugins: [vue()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: false,
    minify: true,
    cssCodeSplit: false,
    lib: {
      entry: fileURLToPath(new URL('./src/index.js', import.meta.url)),
      formats: ['es'],
      fileName: () => 'index.js',
      cssFileName: 'index',
    },
    rollupOptions: {
      external: ['vue'],
    },
  },
})
