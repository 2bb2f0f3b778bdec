"""The Qt window (PySide6). The only package allowed to import Qt.

Not built yet: the desktop-shell issue adds the main window and the generated form editor here.
Until then ``casedesk`` without a command says so and the command line does the work."""
