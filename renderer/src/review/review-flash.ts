/**
 * A message carried from one Review screen to the next (for example "Your check
 * was recorded" after moving on to the next story), shown once and announced.
 */
import { useEffect, useState } from 'react';
import { create } from 'zustand';

interface FlashState {
  message: string | null;
  /** Leaves a message for the next screen. */
  leave(message: string): void;
  /** Takes the message (once). */
  take(): string | null;
}

export const useReviewFlash = create<FlashState>()((set, get) => ({
  message: null,
  leave(message) {
    set({ message });
  },
  take() {
    const { message } = get();
    if (message !== null) set({ message: null });
    return message;
  },
}));

/** The message left for this screen, if any; it is cleared once the screen has it. */
export function useFlashMessage(): string | null {
  const [message] = useState(() => useReviewFlash.getState().message);
  useEffect(() => {
    if (message !== null) useReviewFlash.getState().take();
  }, [message]);
  return message;
}
