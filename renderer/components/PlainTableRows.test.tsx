// @vitest-environment jsdom
import type { ReactNode } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { Table } from '@mantine/core';
import { prepareComponentTests, renderWithProviders } from '../../tests/setup/renderWithProviders';
import { PlainTd, PlainTr } from './PlainTableRows';

beforeAll(() => prepareComponentTests());
afterEach(cleanup);

/** An element as markup with its attributes in name order (their order in the DOM means nothing). */
const canonical = (node: Node): string => {
  if (!(node instanceof Element)) return node.textContent ?? '';
  const attributes = [...node.attributes]
    .map((a) => `${a.name}="${a.value}"`)
    .sort()
    .join(' ');
  return `<${node.localName} ${attributes}>${[...node.childNodes].map(canonical).join('')}</${node.localName}>`;
};

/** The body of a default Mantine table, as the browser gets it. */
const bodyOf = (rows: ReactNode): string => {
  const { container } = renderWithProviders(
    <Table>
      <Table.Tbody>{rows}</Table.Tbody>
    </Table>,
  );
  const body = container.querySelector('tbody');
  const html = body ? [...body.childNodes].map(canonical).join('') : '';
  cleanup();
  return html;
};

describe('PlainTr and PlainTd', () => {
  it("render the rows Mantine's Table.Tr and Table.Td render in a default table", () => {
    const mantine = bodyOf(
      <Table.Tr>
        <Table.Td>22/11/2026</Table.Td>
        <Table.Td className="note" style={{ whiteSpace: 'pre-wrap' }}>
          text
        </Table.Td>
      </Table.Tr>,
    );
    const plain = bodyOf(
      <PlainTr>
        <PlainTd>22/11/2026</PlainTd>
        <PlainTd className="note" style={{ whiteSpace: 'pre-wrap' }}>
          text
        </PlainTd>
      </PlainTr>,
    );
    expect(mantine).toContain('mantine-Table-td');
    expect(plain).toBe(mantine);
  });

  it('pass on attributes and keep their own classes after the table classes', () => {
    const { container } = renderWithProviders(
      <Table>
        <Table.Tbody>
          <PlainTr data-testid="row" className="mine" aria-rowindex={2}>
            <PlainTd colSpan={2}>x</PlainTd>
          </PlainTr>
        </Table.Tbody>
      </Table>,
    );
    const row = container.querySelector('tr');
    expect(row?.getAttribute('data-testid')).toBe('row');
    expect(row?.getAttribute('aria-rowindex')).toBe('2');
    expect(row?.className).toBe(`${Table.classes.tr} mantine-Table-tr mine`);
    expect(row?.querySelector('td')?.getAttribute('colspan')).toBe('2');
  });
});
