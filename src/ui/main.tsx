/// <reference types="vite/client" />
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'
import { localeStore } from './i18n/locale.ts'
import { projectUrlFrom } from './project/openProject.ts'
import './styles.css'

// Set before the first paint, so the page never announces the wrong language.
document.documentElement.lang = localeStore.getState().locale

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App projectUrl={projectUrlFrom(window.location.search)} />
  </StrictMode>,
)
