import { TriageApp } from '../../../components/triage/wizard';

export default function WizardPageFr() {
  return <TriageApp locale="fr" />;
}
