import { createRoot } from 'react-dom/client';
import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './app/app.css';
import { App } from './app/App';
import { initI18n } from './i18n/i18n';
import { openDatabase } from './db/openDatabase';

const start = async () => {
  await initI18n();
  const dbState = await openDatabase();
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing from index.html');
  createRoot(root).render(<App dbState={dbState} />);
};

void start();
