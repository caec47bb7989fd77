/**
 * A hybrid logical clock (after Actual Budget's `crdt` package): each stamp is the PC's wall
 * time, a counter and the PC's node id, serialised so that comparing two stamps as strings
 * orders them in time — `2026-12-05T14:07:50.123Z-0000-9f86d081884c7d65`.
 *
 * Why not the bare wall clock: a PC whose clock is moved back would stamp a new edit older
 * than the version it replaces, and a PC whose clock runs fast would win every merge for
 * ever. The clock here never goes backwards: it keeps the largest time it has issued or seen
 * (in a record it overwrote, or in a merged file), and when the wall clock is behind that, it
 * counts on from it instead. Stamps from different PCs never tie: the node id settles it.
 *
 * Pure: the caller keeps the state (renderer/db/clock.ts) and passes `now`.
 */

export type Hlc = { millis: number; counter: number; node: string };

/** Upper bound of the counter: 4 hex digits. Past it, time is moved on by a millisecond. */
const MAX_COUNTER = 0xffff;
/** The node part: 16 lower-case hex digits. */
export const NODE_PATTERN = /^[0-9a-f]{16}$/;
export const HLC_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z-[0-9a-f]{4}-[0-9a-f]{16}$/;
/** The node of stamps made up from older data (format 1 files, schema 1 databases): no PC. */
export const LEGACY_NODE = '0000000000000000';

export const serialiseHlc = (h: Hlc): string =>
  `${new Date(h.millis).toISOString()}-${h.counter.toString(16).padStart(4, '0')}-${h.node}`;

export const parseHlc = (stamp: string): Hlc => {
  if (!HLC_PATTERN.test(stamp)) throw new Error(`Not a clock stamp: ${stamp}`);
  return {
    millis: Date.parse(stamp.slice(0, 24)),
    counter: parseInt(stamp.slice(25, 29), 16),
    node: stamp.slice(30),
  };
};

/** The wall-clock part of a stamp, as an ISO instant. */
export const hlcTime = (stamp: string): string => stamp.slice(0, 24);

/** A node id from a device id (a UUID): its first 16 hex digits. */
export const nodeOfDevice = (deviceId: string): string => {
  const hex = deviceId.toLowerCase().replace(/[^0-9a-f]/g, '');
  if (hex.length < 16) throw new Error('A device id needs at least 16 hex digits');
  return hex.slice(0, 16);
};

export const initialHlc = (node: string): Hlc => {
  if (!NODE_PATTERN.test(node)) throw new Error(`Not a node id: ${node}`);
  return { millis: 0, counter: 0, node };
};

const advance = (millis: number, counter: number): { millis: number; counter: number } =>
  counter > MAX_COUNTER ? { millis: millis + 1, counter: 0 } : { millis, counter };

/** A new stamp for a local change: later than anything this clock issued or saw. */
export const tick = (clock: Hlc, nowMillis: number): Hlc => {
  const next = nowMillis > clock.millis ? { millis: nowMillis, counter: 0 } : advance(clock.millis, clock.counter + 1);
  return { ...next, node: clock.node };
};

/**
 * The clock after seeing `stamp` (a record this PC is about to overwrite, or one a merge
 * brings in): never behind it, so the next `tick` orders after it. Does not count as a change.
 */
export const observe = (clock: Hlc, stamp: string): Hlc => {
  const seen = parseHlc(stamp);
  if (seen.millis > clock.millis) return { millis: seen.millis, counter: seen.counter, node: clock.node };
  if (seen.millis === clock.millis && seen.counter > clock.counter)
    return { millis: clock.millis, counter: seen.counter, node: clock.node };
  return clock;
};

/** A stamp for a moment of the past that no PC issued (upgrading older data): node `LEGACY_NODE`. */
export const legacyStamp = (iso: string, counter = 0): string =>
  serialiseHlc({ millis: Date.parse(iso), counter: Math.min(counter, MAX_COUNTER), node: LEGACY_NODE });

export const maxStamp = (a: string, b: string): string => (a >= b ? a : b);
