import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/domain/base';
import { formatDate, todayIso } from '../../lib/format';
import type { Orientation } from './paginate';
import { useSheetT } from './useSheetT';
import type { Organisation } from './printData';
import './print.css';

/** Depends on the orientation, so it cannot live in print.css (an @page rule cannot be scoped). */
const pageRule = (orientation: Orientation): string => `@page { size: A4 ${orientation}; margin: 12mm; }`;

type PrintFrameProps = {
  /** The language the sheet is printed in (the toolbar follows the UI language). */
  lang: Language;
  orientation: Orientation;
  /**
   * `ready` once the data is loaded (images are awaited on top of it); `missing` when the
   * record is gone: the message shows on screen but the page never reports ready, so the
   * desktop shell reports a failure instead of printing an error page.
   */
  state: 'loading' | 'ready' | 'missing';
  documentTitle: string;
  children: ReactNode;
};

/**
 * The bare frame of every printable page: the @page rule for the chosen orientation, a
 * screen-only toolbar, and `data-print-ready="true"` once the data is loaded and every image
 * (the logo) is decoded — the browser bridge and the desktop print window wait for it.
 */
export const PrintFrame = ({ lang, orientation, state, documentTitle, children }: PrintFrameProps) => {
  const { t } = useTranslation('print');
  const navigate = useNavigate();
  const root = useRef<HTMLDivElement>(null);
  const [imagesReady, setImagesReady] = useState(false);
  const loaded = state === 'ready';

  useEffect(() => {
    if (!loaded || !root.current) return;
    let cancelled = false;
    const images = [...root.current.querySelectorAll('img')];
    // A broken logo must not block printing: decode failures count as done.
    void Promise.all(images.map((img) => img.decode().catch(() => undefined))).then(() => {
      if (!cancelled) setImagesReady(true);
    });
    return () => {
      cancelled = true;
    };
  }, [loaded]);

  useEffect(() => {
    // The browser offers the document title as the PDF's file name.
    const previous = document.title;
    document.title = documentTitle;
    return () => {
      document.title = previous;
    };
  }, [documentTitle]);

  const back = () => {
    if (window.history.length > 1) void navigate(-1);
    else void navigate('/');
  };

  return (
    <div
      ref={root}
      className="tp-root"
      data-orientation={orientation}
      data-print-ready={loaded && imagesReady ? 'true' : 'false'}
    >
      <style>{pageRule(orientation)}</style>
      <header className="tp-toolbar">
        <p className="tp-toolbar-title">{t('toolbar.label')}</p>
        <Button variant="default" onClick={back}>
          {t('toolbar.back')}
        </Button>
        <Button onClick={() => window.print()} disabled={!loaded || !imagesReady}>
          {t('toolbar.print')}
        </Button>
      </header>
      <main lang={lang}>
        {state !== 'loading' ? (
          children
        ) : (
          <div className="tp-message">
            <Loader aria-label={t('toolbar.loading')} />
          </div>
        )}
      </main>
    </div>
  );
};

/** Shown instead of a sheet when its record is gone. */
export const PrintMessage = ({ children }: { children: ReactNode }) => (
  <div className="tp-message" role="alert">
    {children}
  </div>
);

export const OrganisationHeader = ({ organisation }: { organisation: Organisation }) =>
  organisation.name || organisation.logoDataUrl ? (
    <div className="tp-org">
      {/* The name is printed beside it, so the logo is decorative. */}
      {organisation.logoDataUrl && <img className="tp-logo" src={organisation.logoDataUrl} alt="" />}
      <div>
        <div className="tp-org-name">{organisation.name}</div>
        {organisation.address && <div className="tp-org-address">{organisation.address}</div>}
      </div>
    </div>
  ) : null;

/**
 * A signed letter about one person on A4 (the training certificate, the volunteer hours
 * statement): the organisation's header, the title, the person's name between an introduction
 * and the body, what the letter states (`children`), then the date and a line for the
 * coordinator's signature at the foot of the page.
 */
export const LetterSheet = ({
  organisation,
  title,
  intro,
  name,
  body,
  dated,
  signature,
  children,
}: {
  organisation: Organisation;
  title: string;
  intro: string;
  name: string;
  body: string;
  /** "Date: 5.12.2026", in the letter's language. */
  dated: string;
  signature: string;
  children: ReactNode;
}) => (
  <section className="tp-sheet tp-sheet-flow">
    <OrganisationHeader organisation={organisation} />
    <div className="tp-cert">
      <h1 className="tp-cert-title">{title}</h1>
      <p className="tp-cert-intro">{intro}</p>
      <p className="tp-cert-name">{name}</p>
      <p className="tp-cert-body">{body}</p>
      {children}
    </div>
    <div className="tp-spacer" />
    <div className="tp-signature">
      <span>{dated}</span>
      <span className="tp-signature-line">{signature}</span>
    </div>
  </section>
);

export const SheetFooter = ({
  t,
  lng,
  page,
  pages,
}: {
  t: TFunction<'print'>;
  lng: Language;
  page: number;
  pages: number;
}) => (
  <footer className="tp-footer">
    <span>{t('sheet.page', { page, pages })}</span>
    <span>{t('sheet.printedOn', { date: formatDate(todayIso(), lng) })}</span>
  </footer>
);

const PAGE = '\u0001';
const PAGES = '\u0002';
/** A CSS string literal of any text (quotes, backslashes, line breaks and `<` escaped). */
const cssString = (s: string): string => `"${s.replace(/[\\"<\n]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

/**
 * The `content` of a page-number margin box from a sentence with `{{page}}` and `{{pages}}`
 * already filled with the PAGE and PAGES marks: "Sivu ", counter(page), " / ", counter(pages).
 */
export const pageCounterContent = (sentence: string): string =>
  sentence
    .split(new RegExp(`(${PAGE}|${PAGES})`))
    .filter((part) => part !== '')
    .map((part) => (part === PAGE ? 'counter(page)' : part === PAGES ? 'counter(pages)' : cssString(part)))
    .join(' ');

const pageNumberRule = (content: string): string =>
  `@page { @bottom-right { content: ${content}; font: 8.5pt 'Liberation Sans', Arial, sans-serif; color: #000; } }`;

/**
 * "Page 1 of 3" at the foot of every printed page of a flowing document (a report as long as
 * its data), in the sheet's language. The browser numbers the pages itself through the @page
 * margin box, so nothing has to be paginated by hand; on screen it shows nothing.
 */
export const PageNumbers = ({ lang }: { lang: Language }) => {
  const t = useSheetT(lang);
  return <style>{pageNumberRule(pageCounterContent(t('sheet.page', { page: PAGE, pages: PAGES })))}</style>;
};
