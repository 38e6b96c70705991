import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityType } from '../../../shared/anonymise/types';
import type { MaskReview } from '../../../shared/masks/schemas';
import { selectedRange, wordBounds, type CaretState } from './caret';
import { addMask, keep, otherMentions, putBack, remove, startingMasks, type WorkingMask } from './mask-edit';
import { tidySelection } from './selection-offsets';

export const focusMaskWords = (): void => document.getElementById('mask-words')?.focus();

/**
 * The masks of one check as a person edits them: added, kept, removed and put
 * back, with the caret in the words, the mask the list is on, and what a screen
 * reader is told after each change. `onEdited` runs after every change.
 */
export function useMaskEdits(review: MaskReview, onEdited: () => void) {
  const { t } = useTranslation('review');
  const text = review.text;
  const [masks, setMasks] = useState<WorkingMask[]>(() => startingMasks(review));
  const [removed, setRemoved] = useState<WorkingMask[]>([]);
  const [caret, setCaret] = useState<CaretState | null>(null);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const bounds = useMemo(() => wordBounds(text), [text]);

  const selection = selectedRange(caret);
  const tidy = selection ? tidySelection(text, selection.start, selection.end) : null;
  const joins = tidy ? masks.filter((mask) => mask.start < tidy.end && tidy.start < mask.end).length : 0;
  const mentions = tidy ? otherMentions(text, masks, tidy.start, tidy.end) : [];

  /** Moves the mask list onto a mask and its focus there. */
  const goToMask = (maskKey: string) => {
    setActiveKey(maskKey);
    setFocusRequest((n) => n + 1);
  };

  const moveCaret = (next: CaretState) => {
    setCaret(next);
    const range = selectedRange(next);
    if (range) {
      setAnnouncement(t('check.announceSelected', { words: text.slice(range.start, range.end) }));
    } else {
      const word = bounds.find(([start, end]) => start <= next.focus && next.focus <= end);
      setAnnouncement(word ? text.slice(word[0], word[1]) : '');
    }
  };

  const collapseSelection = () => setCaret(caret ? { anchor: caret.focus, focus: caret.focus } : null);

  const add = (type: EntityType, everywhere: boolean) => {
    if (!tidy) return;
    const result = addMask(masks, tidy.start, tidy.end, type);
    const joined = result.joined;
    let next = result.masks;
    let also = 0;
    if (everywhere) {
      for (const mention of mentions) {
        next = addMask(next, mention.start, mention.end, type).masks;
        also += 1;
      }
    }
    setMasks(next);
    setActiveKey(result.mask.key);
    setCaret({ anchor: result.mask.end, focus: result.mask.end });
    onEdited();
    const typeName = t(`types.${type}`);
    const words = text.slice(result.mask.start, result.mask.end);
    setAnnouncement(
      [t('check.announceAdded', { type: typeName, words }), joined > 0 ? t('check.announceJoined', { count: joined }) : '', also > 0 ? t('check.announceAlso', { count: also }) : '']
        .filter(Boolean)
        .join(' '),
    );
    focusMaskWords();
  };

  const toggleKeep = (maskKey: string) => {
    const mask = masks.find((candidate) => candidate.key === maskKey);
    if (!mask) return;
    const kept = mask.decision !== 'kept';
    setMasks(keep(masks, maskKey, kept));
    onEdited();
    setAnnouncement(kept ? t('check.announceKept', { type: t(`types.${mask.type}`), words: text.slice(mask.start, mask.end) }) : t('check.announceUnkept'));
  };

  const removeMask = (maskKey: string, order: readonly WorkingMask[]) => {
    const index = order.findIndex((mask) => mask.key === maskKey);
    const result = remove(masks, maskKey);
    if (!result.removed) return;
    setMasks(result.masks);
    setRemoved((current) => [...current, result.removed!]);
    onEdited();
    setAnnouncement(t('check.announceRemoved', { type: t(`types.${result.removed.type}`), words: text.slice(result.removed.start, result.removed.end) }));
    const rest = order.filter((mask) => mask.key !== maskKey);
    const next = rest[Math.min(index, rest.length - 1)];
    if (next) {
      goToMask(next.key);
    } else {
      setActiveKey(null);
      focusMaskWords();
    }
  };

  const restore = (mask: WorkingMask) => {
    const result = putBack(masks, mask);
    setMasks(result.masks);
    setRemoved((current) => current.filter((candidate) => candidate.key !== mask.key));
    setActiveKey(result.mask.key);
    onEdited();
    setAnnouncement(t('check.announcePutBack', { type: t(`types.${mask.type}`), words: text.slice(mask.start, mask.end) }));
  };

  return { masks, removed, caret, activeKey, setActiveKey, focusRequest, announcement, tidy, joins, mentions, goToMask, moveCaret, collapseSelection, add, toggleKeep, removeMask, restore };
}
