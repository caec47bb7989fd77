import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

/**
 * The main window opens where the coordinator left it, but never off-screen: a laptop that was
 * docked to a second monitor last time must still show the window. Stored bounds are checked
 * against the displays of today; if too little of the window would be visible the saved position
 * is dropped and the window is centred with its saved size (shrunk to fit the largest screen).
 */

export type Rect = { x: number; y: number; width: number; height: number };

const int = z.number().int().min(-100_000).max(100_000);
export const WindowStateSchema = z.object({
  x: int.optional(),
  y: int.optional(),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
  isMaximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export const DEFAULT_SIZE = { width: 1280, height: 840 } as const;
export const MIN_SIZE = { width: 720, height: 520 } as const;
/** How much of the window (at least its title-bar area) must lie on some screen to keep its position. */
const MIN_VISIBLE = { width: 160, height: 60 } as const;

const overlap = (a: Rect, b: Rect): { width: number; height: number } => ({
  width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
  height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
});

/**
 * Decide the bounds to open the window with from what was stored (any JSON, possibly garbage)
 * and the work areas of the displays connected now.
 */
export const restoreWindowState = (stored: unknown, workAreas: readonly Rect[]): WindowState => {
  const parsed = WindowStateSchema.safeParse(stored);
  const largest = workAreas.reduce<Rect | null>(
    (best, a) => (!best || a.width * a.height > best.width * best.height ? a : best),
    null,
  );
  const fit = (size: { width: number; height: number }) => ({
    width: Math.max(MIN_SIZE.width, Math.min(size.width, largest?.width ?? size.width)),
    height: Math.max(MIN_SIZE.height, Math.min(size.height, largest?.height ?? size.height)),
  });
  if (!parsed.success) return { ...fit(DEFAULT_SIZE), isMaximized: false };
  const { x, y, isMaximized } = parsed.data;
  const size = fit(parsed.data);
  if (x === undefined || y === undefined) return { ...size, isMaximized };
  // The top strip of the window (where one grabs it) must be on a screen, not just a corner.
  const grabStrip: Rect = { x, y, width: size.width, height: Math.min(size.height, MIN_VISIBLE.height) };
  const visible = workAreas.some((area) => {
    const o = overlap(grabStrip, area);
    return (
      o.width >= Math.min(MIN_VISIBLE.width, size.width) && o.height >= Math.min(MIN_VISIBLE.height, grabStrip.height)
    );
  });
  return visible ? { x, y, ...size, isMaximized } : { ...size, isMaximized };
};

/** The state to store when the window closes: its normal (un-maximised) bounds and whether it was maximised. */
export const captureWindowState = (normalBounds: Rect, isMaximized: boolean): WindowState => ({
  x: Math.round(normalBounds.x),
  y: Math.round(normalBounds.y),
  width: Math.round(normalBounds.width),
  height: Math.round(normalBounds.height),
  isMaximized,
});

/** Read the stored state; a missing or corrupt file is simply "nothing stored". */
export const readWindowStateFile = (file: string): unknown => {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return null;
  }
};

/**
 * Synchronous on purpose: it runs in the window's `close` handler, right before the process may
 * exit. Temp file + rename, so a crash mid-write never leaves a truncated file.
 */
export const writeWindowStateFile = (file: string, state: WindowState): void => {
  const temp = `${file}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temp, JSON.stringify(state));
    renameSync(temp, file);
  } catch {
    // Losing the window position is not worth an error dialog on quit.
    rmSync(temp, { force: true });
  }
};
