import type { BridgeApi } from '../../shared/ipc/contract';
import { browserBridge } from './browserBridge';

/** The desktop shell's bridge when running in Electron, else the browser implementation. */
export const bridge: BridgeApi = globalThis.window?.tandem ?? browserBridge;
export const isDesktop = (): boolean => Boolean(globalThis.window?.tandem);
