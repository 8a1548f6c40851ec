'use client';

import { useSyncExternalStore } from 'react';
import { walkRecorder, type Walk } from '../../machines/trainer';

/**
 * The walk through the machine so far (steps visited, transitions taken), as a store React can subscribe to. Its
 * `record` is given to the actor as the `inspect` option, so it hears every transition the machine takes.
 */
export function createWalkStore(seed: Walk) {
  const listeners = new Set<() => void>();
  const recorder = walkRecorder(seed, () => listeners.forEach((listener) => listener()));
  return {
    record: recorder.record,
    get: recorder.get,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
export type WalkStore = ReturnType<typeof createWalkStore>;

/** The walk so far, re-rendering on every transition. */
export function useWalk(store: WalkStore): Walk {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
