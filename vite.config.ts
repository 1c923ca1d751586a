import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

/**
 * The browser app: `index.html` at the root loads `src/ui/main.tsx`; `vite build` writes `dist/`,
 * which server/staticServer.ts serves. Tests use vitest.config.ts, not this file.
 */
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
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
