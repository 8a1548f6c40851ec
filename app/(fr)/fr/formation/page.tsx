import type { Metadata } from 'next';
import { messages } from '../../../../components/content';
import { TrainerApp } from '../../../../components/trainer/trainer-app';
import { trainerMessages } from '../../../../components/trainer/content';

export const metadata: Metadata = { title: `${trainerMessages.fr.title} – ${messages.fr.meta.siteName}` };

/** Le mode formation : scénarios, graphe de décision, tous les résultats et « et si ». */
export default function TrainerPageFr() {
  return <TrainerApp locale="fr" />;
}
