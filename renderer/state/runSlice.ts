// The Run view's slice of the app state (placeholder: the view's owner fills it in).
export interface RunState {
  status: 'idle';
}

export const initialRunState: RunState = { status: 'idle' };
