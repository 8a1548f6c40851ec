import type { Metadata } from 'next';
import { messages } from '../../../components/content';
import { TrainerApp } from '../../../components/trainer/trainer-app';
import { trainerMessages } from '../../../components/trainer/content';

export const metadata: Metadata = { title: `${trainerMessages.en.title} – ${messages.en.meta.siteName}` };

/** Trainer mode: scenarios, the decision graph, every outcome and what-if. Its code loads on this page only. */
export default function TrainerPage() {
  return <TrainerApp locale="en" />;
}
