"""Files CaseDesk writes and reads outside its store: whole-or-nothing writes (``atomic``) and bounded
Excel workbooks (``spreadsheet``). No workspace here: the PDF, indicator and sync code use them too."""
