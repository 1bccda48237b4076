// The Compare view's slice of the app state (placeholder: the view's owner fills it in).
export interface CompareState {
  status: 'idle';
}

export const initialCompareState: CompareState = { status: 'idle' };
