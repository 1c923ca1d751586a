/// <reference types="vite/client" />
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'
import { localeStore } from './i18n/locale.ts'
import { projectUrlFrom } from './project/openProject.ts'
import './styles.css'

// Set before the first paint, so the page never announces the wrong language.
document.documentElement.lang = localeStore.getState().locale

// `?project=` shows a bundled file as it is; without it the app works on the stored projects.
const projectUrl = new URLSearchParams(window.location.search).has('project') ? projectUrlFrom(window.location.search) : undefined

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App projectUrl={projectUrl} />
  </StrictMode>,
)
