import { Table, type TableProps } from '@mantine/core';
import type { ReactNode } from 'react';

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

/** The table of a list page: one record a row, named by its caption, the row under the pointer lit. */
export function ListTable({ caption, ...props }: Omit<DataTableProps, 'verticalSpacing' | 'highlightOnHover' | 'aria-label'> & { caption: string }) {
  return <DataTable verticalSpacing="sm" highlightOnHover aria-label={caption} {...props} />;
}
