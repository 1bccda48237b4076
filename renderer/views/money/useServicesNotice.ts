// Errors the user must see (a preset that cannot apply, a plan that cannot be built) as a notice
// naming the problem.
import { useCallback } from 'react';
import { useServices } from '../../state/appContext';
import { addNotice } from '../../state/documentActions';

export function useServicesNotice(): (title: string, error: unknown) => void {
  const { store } = useServices();
  return useCallback((title: string, error: unknown) => store.update(addNotice({ tone: 'error', title, detail: error instanceof Error ? error.message : String(error) })), [store]);
}
