/**
 * Declarations where they matter. The services refuse work a declaration bears on
 * until the person has read it (CONFLICT_ACKNOWLEDGEMENT_REQUIRED), or outright when
 * its management rule says they must not (CONFLICT_OF_INTEREST). A screen sends its
 * request through `withDeclarations`: on the first answer, the declarations are
 * fetched and shown in the conflict dialog, and the request goes again with them
 * acknowledged; a refusal comes back naming the declaration in plain English.
 * What a person has read for a piece of work is remembered for the session, so
 * tagging one story five times asks once.
 */
import { create } from 'zustand';
import type { ConflictCheck, Subject } from '../../../shared/interests/schemas';
import type { ConflictAction } from '../../../shared/interests/vocabulary';
import { api, type ApiResult } from '../api/client';
import { useSession } from '../app/session';
import i18n from '../i18n';
import { declarationText } from './declaration-text';

export interface Work {
  action: ConflictAction;
  /** Null for a report not yet made. */
  subject: Subject | null;
  /** What a report or recommendation being written will also be about once saved. */
  about?: { serviceIds: string[]; stakeholderIds: string[] };
}

/** Spread into the request: nothing until something has been read, so requests stay as they were. */
export type Acknowledgement = { acknowledged?: string[] };

interface Prompt {
  check: ConflictCheck;
  answer(goOn: boolean): void;
}

interface ConflictPromptState {
  prompt: Prompt | null;
  /** Shows the declarations; resolves true when the person goes on. */
  ask(check: ConflictCheck): Promise<boolean>;
}

export const useConflictPrompt = create<ConflictPromptState>((set) => ({
  prompt: null,
  ask: (check) =>
    new Promise<boolean>((resolve) => {
      set({
        prompt: {
          check,
          answer: (goOn) => {
            set({ prompt: null });
            resolve(goOn);
          },
        },
      });
    }),
}));

const read = new Map<string, string[]>();

const keyOf = (work: Work): string => {
  const user = useSession.getState().person?.user?.id ?? '';
  const about = work.about ? `${work.about.serviceIds.join(',')}|${work.about.stakeholderIds.join(',')}` : '';
  return [user, work.action, work.subject?.type ?? 'new', work.subject?.id ?? '', about].join(' ');
};

/** Forgets what was read (signing out, tests). */
export const forgetDeclarationsRead = (): void => read.clear();

export async function withDeclarations<T>(work: Work, send: (acknowledgement: Acknowledgement) => Promise<ApiResult<T>>): Promise<ApiResult<T>> {
  const key = keyOf(work);
  const known = read.get(key);
  const first = await send(known ? { acknowledged: known } : {});
  if (first.ok || (first.error.code !== 'CONFLICT_ACKNOWLEDGEMENT_REQUIRED' && first.error.code !== 'CONFLICT_OF_INTEREST')) return first;
  const checked = await api.checkConflicts({ action: work.action, subject: work.subject, about: work.about ?? null });
  if (!checked.ok || checked.value.matches.length === 0) return first;
  const check = checked.value;
  if (first.error.code === 'CONFLICT_OF_INTEREST') {
    const refusing = check.matches.find((match) => match.outcome === 'refuse') ?? check.matches[0]!;
    const message = i18n.t('gate.refused', { ns: 'interests', work: i18n.t(`work.${work.action}`, { ns: 'interests' }), declaration: declarationText(refusing) });
    return { ok: false, error: { ...first.error, message } };
  }
  const goOn = await useConflictPrompt.getState().ask(check);
  if (!goOn) return first;
  const ids = check.matches.map((match) => match.interestId);
  read.set(key, ids);
  return send({ acknowledged: ids });
}
