// The Money view's slice of the app state (placeholder: the view's owner fills it in).
export interface MoneyState {
  status: 'idle';
}

export const initialMoneyState: MoneyState = { status: 'idle' };
