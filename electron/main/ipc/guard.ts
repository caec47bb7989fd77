import {
  channels,
  CHANNEL_NAMES,
  type BridgeResponse,
  type Channel,
  type ParsedBridgeRequest,
} from '../../../shared/ipc/contract';
import { isTrustedSender } from '../security';

/**
 * Every bridge channel goes through this one wrapper, so no handler can forget a check:
 * (1) the message must come from the top-level frame of one of our own windows showing
 * `app://tandem/`; (2) the request must parse with the channel's zod schema (unknown keys are
 * stripped, defaults applied); (3) the handler's answer must parse with the response schema,
 * so the renderer only ever receives what the contract promises. A refused call rejects with a
 * short reason and is logged locally (never sent anywhere).
 */

/** The parts of Electron's IpcMainInvokeEvent the checks need (so tests can build one). */
export type InvokeEventLike = {
  senderFrame: { url: string; parent: unknown } | null;
  sender: { id: number };
};

export type Handler<C extends Channel> = (request: ParsedBridgeRequest<C>) => Promise<BridgeResponse<C>>;
export type Handlers = { [C in Channel]: Handler<C> };

export class BridgeRefusal extends Error {
  constructor(channel: string, reason: string) {
    super(`${channel}: refused (${reason})`);
    this.name = 'BridgeRefusal';
  }
}

/** `senderFrame` is a getter that can throw once the frame is gone; treat that as no frame. */
const frameOf = (event: InvokeEventLike) => {
  try {
    return event.senderFrame;
  } catch {
    return null;
  }
};

export const guardHandler =
  <C extends Channel>(
    channel: C,
    handler: Handler<C>,
    ownWebContentsIds: ReadonlySet<number>,
    warn: (msg: string) => void = console.warn,
  ) =>
  async (event: InvokeEventLike, raw: unknown): Promise<BridgeResponse<C>> => {
    const frame = frameOf(event);
    const trusted = isTrustedSender(
      {
        frameUrl: frame?.url ?? null,
        isMainFrame: frame !== null && frame.parent === null,
        webContentsId: event.sender.id,
      },
      ownWebContentsIds,
    );
    if (!trusted) {
      warn(`[ipc] ${channel} refused: untrusted sender ${frame?.url ?? '(no frame)'}`);
      throw new BridgeRefusal(channel, 'untrusted sender');
    }
    const request = channels[channel].request.safeParse(raw);
    if (!request.success) {
      warn(
        `[ipc] ${channel} refused: invalid request: ${request.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
      );
      throw new BridgeRefusal(channel, 'invalid request');
    }
    const response = await handler(request.data as ParsedBridgeRequest<C>);
    const checked = channels[channel].response.safeParse(response);
    if (!checked.success) {
      warn(`[ipc] ${channel}: handler answered outside the contract`);
      throw new BridgeRefusal(channel, 'invalid response');
    }
    return checked.data as BridgeResponse<C>;
  };

export type IpcMainLike = {
  handle: (channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>) => void;
};

/** Register every channel of the contract (the `Handlers` type makes a missing one a compile error). */
export const registerHandlers = (
  ipc: IpcMainLike,
  handlers: Handlers,
  ownWebContentsIds: ReadonlySet<number>,
  warn?: (msg: string) => void,
): void => {
  for (const channel of CHANNEL_NAMES) {
    const guarded = guardHandler(channel, handlers[channel] as Handler<typeof channel>, ownWebContentsIds, warn);
    ipc.handle(channel, (event, raw) => guarded(event, raw));
  }
};
