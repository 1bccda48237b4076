// The Flows view's slice of the app state (placeholder: the view's owner fills it in).
export interface FlowsState {
  status: 'idle';
}

export const initialFlowsState: FlowsState = { status: 'idle' };
