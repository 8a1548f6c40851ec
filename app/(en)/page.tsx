import { TriageApp } from '../../components/triage/wizard';

export default function WizardPage() {
  return <TriageApp locale="en" />;
}
