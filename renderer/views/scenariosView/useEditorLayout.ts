// Which groups and CRC areas of the editor are open, the filter, and "reveal": open whatever
// holds a field and move the keyboard focus to it (from the problem summary or the diff).
// View state only: it is not saved with the scenario, and it starts afresh with each visit.
import { useCallback, useEffect, useState } from 'react';
import { groupById, groupOf, partOf, type EditorField, type GroupId, type GroupedFields } from '../../lib/parameterGroups';
import { fieldShowing } from '../../lib/scenarioIssues';
import { fieldDomId } from './editorContext';

/** Groups with more fields than this start closed, as do the money groups. */
const OPEN_AT_MOST = 24;

export function initiallyOpen(grouped: readonly GroupedFields[]): Set<GroupId> {
  return new Set(grouped.filter(({ group, fields }) => !group.money && fields.length <= OPEN_AT_MOST).map(({ group }) => group.id));
}

export interface EditorLayout {
  isOpen(id: GroupId): boolean;
  toggle(id: string): void;
  setAll(open: boolean): void;
  openParts: ReadonlySet<string>;
  togglePart(key: string): void;
  filter: string;
  setFilter(text: string): void;
  /** Opens what holds `path` and focuses it (or `focusPath` inside it, such as a dated value's cell); `matches` says whether the filter shows the field. */
  reveal(path: string, fields: readonly EditorField[], matches: (field: EditorField) => boolean, focusPath?: string): void;
}

export function useEditorLayout(grouped: readonly GroupedFields[]): EditorLayout {
  const [open, setOpen] = useState<Set<GroupId>>(() => initiallyOpen(grouped));
  const [openParts, setOpenParts] = useState<Set<string>>(() => new Set());
  const [filter, setFilter] = useState('');
  const [focus, setFocus] = useState<{ id: string; fallback: string } | null>(null);

  useEffect(() => {
    if (!focus) return;
    const element = document.getElementById(focus.id) ?? document.getElementById(focus.fallback);
    if (element) {
      element.scrollIntoView({ block: 'center' });
      element.focus({ preventScroll: true });
    }
    setFocus(null);
  }, [focus]);

  const toggle = useCallback((id: string) => {
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id as GroupId)) next.delete(id as GroupId);
      else next.add(id as GroupId);
      return next;
    });
  }, []);

  const togglePart = useCallback((key: string) => {
    setOpenParts((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);

  const setAll = useCallback((value: boolean) => setOpen(value ? new Set(grouped.map(({ group }) => group.id)) : new Set()), [grouped]);

  const reveal = useCallback((path: string, fields: readonly EditorField[], matches: (field: EditorField) => boolean, focusPath?: string) => {
    const shown = fieldShowing(path, fields);
    if (!shown) return;
    const id = groupOf(shown.field.path);
    setOpen((current) => (current.has(id) ? current : new Set([...current, id])));
    const part = partOf(groupById(id), shown.field.path);
    if (part) setOpenParts((current) => new Set([...current, `${id}:${part}`]));
    if (!matches(shown.field)) setFilter('');
    setFocus({ id: fieldDomId(focusPath ?? (shown.exact ? path : shown.field.path)), fallback: fieldDomId(shown.field.path) });
  }, []);

  return { isOpen: (id) => open.has(id), toggle, setAll, openParts, togglePart, filter, setFilter, reveal };
}
