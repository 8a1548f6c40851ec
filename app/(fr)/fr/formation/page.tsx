import type { Metadata } from 'next';
import { messages } from '../../../../components/content';
import { TrainerApp } from '../../../../components/trainer/trainer-app';

export const metadata: Metadata = { title: `${messages.fr.trainer.title} – ${messages.fr.meta.siteName}` };

/** Le mode formation : scénarios, graphe de décision, tous les résultats et « et si ». */
export default function TrainerPageFr() {
  return <TrainerApp locale="fr" />;
}
