import { useState } from 'react';
import { ElectionPeriodsPanel } from './ElectionPeriodsPanel';
import { IntelligenceExportForm } from './IntelligenceExportForm';

/**
 * Share → Intelligence bundle: make an anonymised, signed bundle for a stakeholder,
 * and keep the pre-election periods that govern when and how one may leave.
 */
export function IntelligenceSection() {
  // A change to the election periods changes what a preview must show, so the form starts afresh.
  const [periodsVersion, setPeriodsVersion] = useState(0);
  return (
    <div className="intelligence">
      <IntelligenceExportForm key={periodsVersion} />
      <ElectionPeriodsPanel onChanged={() => setPeriodsVersion((v) => v + 1)} />
    </div>
  );
}
