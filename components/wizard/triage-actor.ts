'use client';

import { createActorContext } from '@xstate/react';
import { triageMachine } from '../../machines/triage.machine';

/**
 * The running triage machine, shared by every step. Kept out of the machine file so that the machine stays free
 * of React and loads in Vitest, Playwright and on the server.
 */
export const TriageContext = createActorContext(triageMachine);
