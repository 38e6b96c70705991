import { useEffect, useState } from 'react';
import { api } from '../api/client';

/**
 * A path field's value, offered as `name` in the "Verbatim exports" folder beside
 * the store once that folder is known; the person may change it freely.
 */
export function useDefaultPath(name: string): [string, (path: string) => void] {
  const [path, setPath] = useState('');
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (touched) return undefined;
    let live = true;
    void api.getBundleDefaults({}).then((answer) => {
      if (!live || !answer.ok) return;
      const folder = answer.value.exportsFolder;
      const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
      setPath(`${folder}${separator}${name}`);
    });
    return () => {
      live = false;
    };
  }, [name, touched]);
  return [
    path,
    (next) => {
      setTouched(true);
      setPath(next);
    },
  ];
}
