import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Sets the tab title to "<page> · Cirkel" in the current language; a page whose title already
 * names the product ("Logga in i Cirkel") is not followed by it a second time.
 */
export function useDocumentTitle(title: string | undefined): void {
  const { t } = useTranslation();
  const product = t('app.name');
  useEffect(() => {
    document.title = !title ? product : title.includes(product) ? title : `${title} · ${product}`;
  }, [title, product]);
}
