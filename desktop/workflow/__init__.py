"""The rules of the work, in plain Python (no Qt, no database): who may do what, how a form
record moves from draft to approved, and what a revision binds to. docs/rules.md lists them."""
