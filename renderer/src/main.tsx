// Entry point: connects the store to the platform's DocentApi and mounts the window.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';
import { applyTheme, loadThemePreference } from './lib/theme';

// Before the first paint, so a dark window never flashes light.
applyTheme(loadThemePreference());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
