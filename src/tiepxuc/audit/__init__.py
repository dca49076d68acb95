"""Git as the audit trail: committed changes, record history, seals and the audit report."""
