"""Work moving between a field device and its supervisor's hub as bundle files (no network, no Qt)."""
