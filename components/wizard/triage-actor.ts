'use client';

import { createActorContext } from '@xstate/react';
import { triageMachine } from '../../machines/triage.machine';

/**
 * The running triage machine (its actor), shared by every step through React context; not to be confused with the
 * machine's own context, `TriageContext` in machines/triage.machine.ts (the answers and the history). Kept out of
 * the machine file so that the machine stays free of React and loads in Vitest, Playwright and on the server.
 */
export const TriageActorContext = createActorContext(triageMachine);
