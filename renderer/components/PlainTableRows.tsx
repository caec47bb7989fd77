import type { ComponentPropsWithoutRef } from 'react';
import { Table } from '@mantine/core';

/**
 * A body row and cell of a Mantine `<Table>` with its default look (row borders, not striped, no
 * hover on rows), as plain elements with the classes and attribute Mantine gives them: the same
 * DOM, so the same look. Mantine's `Table.Tr` and `Table.Td` are two components each (props and
 * styles resolution, then Box); on a mentor's page the attendance and wellbeing histories drew
 * some 600 of them, about a quarter of everything the page renders (issue 24). For long,
 * read-only tables; a table that is striped or highlights rows on hover needs Mantine's own.
 * PlainTableRows.test.tsx checks the output against Mantine's, so an upgrade that changes it fails.
 */
const ROW = `${Table.classes.tr ?? ''} mantine-Table-tr`;
const CELL = `${Table.classes.td ?? ''} mantine-Table-td`;

const withClass = (base: string, className: string | undefined) => (className ? `${base} ${className}` : base);

export const PlainTr = ({ className, ...props }: ComponentPropsWithoutRef<'tr'>) => (
  <tr className={withClass(ROW, className)} data-with-row-border="true" {...props} />
);

export const PlainTd = ({ className, ...props }: ComponentPropsWithoutRef<'td'>) => (
  <td className={withClass(CELL, className)} {...props} />
);
