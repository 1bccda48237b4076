// Export report (placeholder: its owner builds it).
export function ReportButton() {
  return null;
}
