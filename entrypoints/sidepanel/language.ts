import { useEffect, useState } from 'preact/hooks';
import type { LanguageTools } from '@/utils/core/language';

let loading: Promise<LanguageTools> | null = null;

/**
 * The language tools, loaded once and only when first needed: the tagger's
 * model is the heaviest part of the extension, and the panel shows the
 * figures without waiting for it.
 */
export function loadLanguage(): Promise<LanguageTools> {
  loading ??= import('@/utils/language').then(({ createLanguageTools }) => createLanguageTools());
  return loading;
}

/** The language tools once loaded; null until then (suggestions appear when they are ready). */
export function useLanguage(): LanguageTools | null {
  const [tools, setTools] = useState<LanguageTools | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void loadLanguage().then((loaded) => {
      if (isCurrent) setTools(loaded);
    });
    return () => {
      isCurrent = false;
    };
  }, []);
  return tools;
}
