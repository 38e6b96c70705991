import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyFile, SurveyImportResult } from '../../../shared/survey/schemas';
import type { CheckedImport } from './checked-import';
import { guessMapping, type MappingForm } from './mapping-form';
import { SurveyFileStep } from './SurveyFileStep';
import { SurveyImportStep } from './SurveyImportStep';
import { SurveyMappingStep } from './SurveyMappingStep';
import { SurveyPreviewStep } from './SurveyPreviewStep';
import { SurveyReport } from './SurveyReport';

type Step = 'file' | 'map' | 'preview' | 'import' | 'report';
const STEPS: readonly Step[] = ['file', 'map', 'preview', 'import', 'report'];

/**
 * Survey import, one step at a time: choose the CSV file, match its columns, check
 * every row, import with progress, and a report. Going back keeps what was chosen.
 */
export function SurveySection() {
  const { t } = useTranslation('survey');
  const [step, setStep] = useState<Step>('file');
  const [path, setPath] = useState('');
  const [file, setFile] = useState<SurveyFile | null>(null);
  const [form, setForm] = useState<MappingForm | null>(null);
  const [checked, setChecked] = useState<CheckedImport | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [agreed, setAgreed] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [result, setResult] = useState<SurveyImportResult | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  // Each new step's heading takes focus, so keyboard and screen-reader users start there.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  const fileRead = (read: SurveyFile) => {
    // The same columns as before (the same file read again): keep the matching already made.
    const sameColumns = file !== null && form !== null && file.columns.join('\u0000') === read.columns.join('\u0000');
    if (!sameColumns) setForm(guessMapping(read.columns));
    if (file?.fileSha256 !== read.fileSha256) {
      setSkipInvalid(false);
      setAgreed(false);
    }
    setFile(read);
    setStep('map');
  };

  const startAgain = () => {
    setStep('file');
    setPath('');
    setFile(null);
    setForm(null);
    setChecked(null);
    setSkipInvalid(false);
    setAgreed(false);
    setJobId(null);
    setResult(null);
  };

  return (
    <section className="panel survey" aria-labelledby="survey-title">
      <h2 className="panel-title" id="survey-title">
        {t('title')}
      </h2>
      {step === 'file' ? <p className="panel-intro">{t('intro')}</p> : null}
      <p className="survey-step-count">{t('stepOf', { step: STEPS.indexOf(step) + 1 })}</p>
      <h3 className="step-title" tabIndex={-1} ref={headingRef} id="survey-step-title">
        {t(`steps.${step}`)}
      </h3>
      {step === 'file' ? <SurveyFileStep path={path} onPathChange={setPath} onRead={fileRead} /> : null}
      {step === 'map' && file && form ? (
        <SurveyMappingStep
          path={path}
          file={file}
          form={form}
          onFormChange={setForm}
          onBack={() => setStep('file')}
          onChecked={(next) => {
            setChecked(next);
            setStep('preview');
          }}
        />
      ) : null}
      {step === 'preview' && file && checked ? (
        <SurveyPreviewStep
          path={path}
          checked={checked}
          skipInvalid={skipInvalid}
          onSkipInvalidChange={setSkipInvalid}
          agreed={agreed}
          onAgreedChange={setAgreed}
          onBack={() => setStep('map')}
          onStarted={(id) => {
            setJobId(id);
            setStep('import');
          }}
        />
      ) : null}
      {step === 'import' && jobId ? (
        <SurveyImportStep
          jobId={jobId}
          onDone={(done) => {
            setResult(done);
            setStep('report');
          }}
          onBack={() => setStep('preview')}
        />
      ) : null}
      {step === 'report' && result ? <SurveyReport result={result} onAgain={startAgain} /> : null}
    </section>
  );
}
