import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { agreementSampleSchema } from '../../../../shared/review/schemas';
import { api, type ApiError } from '../../api/client';

export type Sample = z.infer<typeof agreementSampleSchema>;
export type SamplesState = { state: 'loading' } | { state: 'loaded'; samples: Sample[] } | { state: 'failed'; error: ApiError };

/** The double-coding samples (there is no call for one sample, so a screen about one reads them all). */
export function useSamples(refresh = 0): SamplesState {
  const [samples, setSamples] = useState<SamplesState>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    void api.listAgreementSamples({}).then((answer) => {
      if (live) setSamples(answer.ok ? { state: 'loaded', samples: answer.value } : { state: 'failed', error: answer.error });
    });
    return () => {
      live = false;
    };
  }, [refresh]);
  return samples;
}
