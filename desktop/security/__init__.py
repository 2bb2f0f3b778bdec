"""Encryption at rest: the workspace data key, account keys, recovery keys and encrypted files."""
