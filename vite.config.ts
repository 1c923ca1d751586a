import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

/**
 * The browser app: `index.html` at the root loads `src/ui/main.tsx`; `vite build` writes `dist/`,
 * which server/staticServer.ts serves. Tests use vitest.config.ts, not this file.
 * The editor's demo page (the example opened straight in the editor, for its end-to-end test) is
 * a second input, served from dist at /src/ui/editor/dev/editorDemo.html.
 */
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        editorDemo: fileURLToPath(new URL('src/ui/editor/dev/editorDemo.html', import.meta.url)),
        bareFlow: fileURLToPath(new URL('src/ui/editor/dev/bareFlow.html', import.meta.url)),
      },
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 2 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
})
