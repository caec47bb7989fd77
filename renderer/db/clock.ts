import { initialHlc, nodeOfDevice, observe, serialiseHlc, tick, type Hlc } from '../../shared/sync/hlc';

/**
 * This PC's hybrid logical clock (shared/sync/hlc.ts), one per open database. It is not stored:
 * when the database opens, it starts past the newest change any table holds (`startPast`), so it
 * never issues a stamp older than one already written here, even when the PC's clock was moved
 * back since. Every write observes the record it overwrites; a merge observes what it brought in.
 */
export class WriteClock {
  private state: Hlc;
  /** The wall clock; tests replace it to play a PC whose clock is wrong. */
  now: () => number = () => Date.now();

  constructor(node: string = randomNode()) {
    this.state = initialHlc(node);
  }

  get node(): string {
    return this.state.node;
  }

  /** Stamps from now on carry `deviceId`'s node (set when the database opens). */
  useDevice(deviceId: string): void {
    this.state = { ...this.state, node: nodeOfDevice(deviceId) };
  }

  /** Never issue a stamp at or before `iso` (the newest change a table holds). */
  startPast(iso: string): void {
    const millis = Date.parse(iso);
    if (Number.isFinite(millis) && millis >= this.state.millis)
      this.state = { millis: millis + 1, counter: 0, node: this.state.node };
  }

  /** Moves the clock past a stamp it saw (no-op for an empty one). */
  observe(stamp: string | undefined): void {
    if (stamp) this.state = observe(this.state, stamp);
  }

  /** A stamp for a change made now. */
  tick(): string {
    this.state = tick(this.state, this.now());
    return serialiseHlc(this.state);
  }

  /** The last stamp issued or seen. */
  latest(): string {
    return serialiseHlc(this.state);
  }
}

const randomNode = (): string => nodeOfDevice(crypto.randomUUID());
