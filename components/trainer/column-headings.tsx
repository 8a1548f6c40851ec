/** The header row of a trainer's table: a column heading for each of `headings`, in order. */
export function ColumnHeadings({ headings }: { headings: readonly string[] }) {
  return (
    <tr className="border-b-2 border-ink">
      {headings.map((heading) => (
        <th key={heading} scope="col" className="p-1">
          {heading}
        </th>
      ))}
    </tr>
  );
}
