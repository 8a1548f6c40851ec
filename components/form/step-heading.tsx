'use client';

import type { ReactNode } from 'react';

type Props = { children: ReactNode } & ({ as: 'h1' } | { as: 'label'; htmlFor: string });

/**
 * The heading of a step. It carries `data-step-heading` so the wizard can move focus to it after every step
 * change (a single-page wizard must do what a page load does for free).
 */
export function StepHeading(props: Props) {
  const className = 'block text-2xl font-bold leading-tight focus:outline-none sm:text-3xl';
  if (props.as === 'label') {
    return (
      <h1 className="m-0">
        <label htmlFor={props.htmlFor} tabIndex={-1} data-step-heading className={className}>
          {props.children}
        </label>
      </h1>
    );
  }
  return (
    <h1 tabIndex={-1} data-step-heading className={className}>
      {props.children}
    </h1>
  );
}
