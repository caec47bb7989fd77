import { contextBridge, ipcRenderer } from 'electron';
import { buildBridgeApi } from './api';

// Runs sandboxed with context isolation: the page gets a frozen copy of this one typed object.
contextBridge.exposeInMainWorld('tandem', buildBridgeApi(ipcRenderer));
