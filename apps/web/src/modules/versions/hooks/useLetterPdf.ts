import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../../../i18n/language';
import { saveBlob } from '../../cycles/utils/attachments';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { useSession } from '../../session/hooks/useSession';

/**
 * Downloads a responsibility letter's PDF in the interface language. The PDF
 * route is authenticated like GraphQL (the in-memory access token as a
 * Bearer header), so a plain link cannot carry it: fetch, then hand the
 * browser a Blob. An expired token is refreshed once, as the Apollo link does.
 */
export function useLetterPdf() {
  const { t, i18n } = useTranslation();
  const message = useMessageApi();
  const { manager } = useSession();
  const [downloading, setDownloading] = useState<string | null>(null);

  const download = async (letter: { id: string; pdfPath: string; ownerName: string }) => {
    const lang = toLanguage(i18n.resolvedLanguage ?? i18n.language) ?? 'en';
    const url = `${letter.pdfPath}?lang=${encodeURIComponent(lang)}`;
    const get = () => {
      const token = manager.accessToken();
      return fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {}, credentials: 'include' });
    };
    setDownloading(letter.id);
    try {
      let response = await get();
      if (response.status === 401 && (await manager.refresh()).kind === 'ok') response = await get();
      if (!response.ok) {
        const code = response.status === 403 ? 'FORBIDDEN' : response.status === 404 ? 'NOT_FOUND' : response.status === 401 ? 'UNAUTHENTICATED' : 'UNKNOWN';
        void message.error(t(`errors.${code}`));
        return;
      }
      saveBlob(await response.blob(), t('letters.filename', { name: letter.ownerName, lang }));
    } catch {
      void message.error(t('errors.NETWORK'));
    } finally {
      setDownloading(null);
    }
  };
  return { download, downloading };
}
