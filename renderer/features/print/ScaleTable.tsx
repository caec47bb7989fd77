import type { ReactNode } from 'react';
import './scaleTable.css';

/** One point of an answer scale as printed: its number and its words (1 = "Not at all"). */
export type ScalePoint = { value: number; label: string };

/**
 * A printed questionnaire's statements, one row each, with a box per point of the scale that
 * lines up in columns, so the answers can be typed back in row by row (the check-in and the
 * wellbeing paper forms). The number stands inside each box: a cross over it reads back without
 * the header. `rowHeight` leaves more room to write when the questionnaire is short.
 */
export const ScaleTable = ({
  headers,
  scale,
  items,
  ordinal,
  rowHeight,
}: {
  headers: { number: string; statement: string };
  scale: readonly ScalePoint[];
  items: readonly { id: string; text: string }[];
  ordinal: (n: number) => string;
  rowHeight?: string;
}) => (
  <table className="tp-scale-table" style={rowHeight ? { ['--tp-scale-row' as string]: rowHeight } : undefined}>
    <thead>
      <tr>
        <th scope="col" className="tp-scale-num">
          {headers.number}
        </th>
        <th scope="col">{headers.statement}</th>
        {scale.map((s) => (
          <th key={s.value} scope="col" className="tp-scale-point">
            <span className="tp-scale-point-value">{s.value}</span>
            <span className="tp-scale-point-label">{s.label}</span>
          </th>
        ))}
      </tr>
    </thead>
    <tbody>
      {items.map((item, n) => (
        <tr key={item.id}>
          <td className="tp-scale-num">{ordinal(n + 1)}</td>
          <td>{item.text}</td>
          {scale.map((s) => (
            <td key={s.value} className="tp-scale-point">
              <AnswerBox>{s.value}</AnswerBox>
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  </table>
);

/** An empty square to tick, as in the scale's columns (with the point's number, or empty). */
export const AnswerBox = ({ children }: { children?: ReactNode }) => <span className="tp-scale-box">{children}</span>;

/** A question and ruled lines under it to write the answer on (what is left of the page). */
export const WritingLines = ({
  question,
  lines,
  className,
}: {
  question: string;
  lines: number;
  className?: string;
}) => (
  <div className={className}>
    <p className="tp-scale-question">{question}</p>
    {Array.from({ length: lines }, (_, n) => (
      <div key={n} className="tp-scale-line" />
    ))}
  </div>
);
