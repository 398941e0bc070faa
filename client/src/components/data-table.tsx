import { Box, Paper, Stack, Table, Text, VisuallyHidden, type TableProps } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { HTMLAttributes, ReactNode } from 'react';

interface DataTableProps extends Omit<TableProps, 'children'> {
  /** The column headings, already translated. */
  columns: readonly ReactNode[];
  /** Below this width the table scrolls sideways rather than squeezing its columns. */
  minWidth: number;
  /** The rows (`Table.Tr`). */
  children: ReactNode;
}

/** A table with a heading row that scrolls sideways on a narrow screen; name it with `aria-label`. */
export function DataTable({ columns, minWidth, children, ...props }: DataTableProps) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table {...props}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column, index) => (
              <Table.Th key={index}>{column}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** One column of a list: its heading (in a card, the label before the value) and its cell. */
export interface ListColumn<T> {
  /** Already translated. */
  label: string;
  /** The table's heading says it to screen readers only (a column of buttons); a card still shows it. */
  visuallyHiddenHeading?: boolean;
  cell: (item: T) => ReactNode;
  /** Attributes of the cell, e.g. `lang` for a value in another language. */
  cellProps?: (item: T) => HTMLAttributes<HTMLElement>;
}

/** Under this width (600 px) a list is a stack of cards: a table there hid its last columns off-screen. */
export const phoneQuery = '(max-width: 37.49em)';

interface ListTableProps<T> {
  /** Names the table or the list of cards. */
  caption: string;
  items: readonly T[];
  columns: readonly ListColumn<T>[];
  /** `data-testid` of each row (or card). */
  rowTestId: string;
  /** The `data-*` attribute that carries the record's id on its row, for finding a record again. */
  idAttribute?: `data-${string}`;
  /** Below this width the table scrolls sideways rather than squeezing its columns. */
  minWidth: number;
}

function rowAttributes(item: { id: string }, rowTestId: string, idAttribute: `data-${string}` | undefined) {
  return idAttribute ? { 'data-testid': rowTestId, [idAttribute]: item.id } : { 'data-testid': rowTestId };
}

/**
 * The list of a list page. Wide, a table: one record a row, named by its caption, the row under the
 * pointer lit. On a phone, one card a record with every column's label and value, status and
 * actions included.
 */
export function ListTable<T extends { id: string }>({ caption, items, columns, rowTestId, idAttribute, minWidth }: ListTableProps<T>) {
  const phone = useMediaQuery(phoneQuery, false, { getInitialValueInEffect: false });
  if (phone) {
    return (
      <Stack component="ul" role="list" gap="sm" aria-label={caption} data-testid="list-cards" m={0} p={0} style={{ listStyle: 'none' }}>
        {items.map((item) => (
          <Paper component="li" key={item.id} withBorder radius="md" p="md" {...rowAttributes(item, rowTestId, idAttribute)}>
            <Stack component="dl" gap="sm" m={0}>
              {columns.map((column, index) => (
                <div key={index}>
                  <Text component="dt" size="xs" fw={600} c="dimmed">
                    {column.label}
                  </Text>
                  <Box component="dd" m={0} mt={2} {...column.cellProps?.(item)}>
                    {column.cell(item)}
                  </Box>
                </div>
              ))}
            </Stack>
          </Paper>
        ))}
      </Stack>
    );
  }
  return (
    <DataTable
      verticalSpacing="sm"
      highlightOnHover
      aria-label={caption}
      minWidth={minWidth}
      columns={columns.map((column) => (column.visuallyHiddenHeading ? <VisuallyHidden>{column.label}</VisuallyHidden> : column.label))}
    >
      {items.map((item) => (
        <Table.Tr key={item.id} {...rowAttributes(item, rowTestId, idAttribute)}>
          {columns.map((column, index) => (
            <Table.Td key={index} {...column.cellProps?.(item)}>
              {column.cell(item)}
            </Table.Td>
          ))}
        </Table.Tr>
      ))}
    </DataTable>
  );
}
