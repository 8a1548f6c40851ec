import type { Metadata } from 'next';
import { messages } from '../../../components/content';
import { TrainerApp } from '../../../components/trainer/trainer-app';

export const metadata: Metadata = { title: `${messages.en.trainer.title} – ${messages.en.meta.siteName}` };

/** Trainer mode: scenarios, the decision graph, every outcome and what-if. Its code loads on this page only. */
export default function TrainerPage() {
  return <TrainerApp locale="en" />;
}
