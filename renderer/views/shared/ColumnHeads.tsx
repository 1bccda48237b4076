// A table's header row from its column titles, each a column header for screen readers
// (scope="col"). The Money view's plain tables all start this way; the titles are their keys.
export function ColumnHeads({ titles }: { titles: readonly string[] }) {
  return (
    <thead>
      <tr>
        {titles.map((title) => (
          <th key={title} scope="col">
            {title}
          </th>
        ))}
      </tr>
    </thead>
  );
}
