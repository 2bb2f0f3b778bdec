"""Print-ready PDFs drawn with ReportLab from the form definitions (no Qt)."""
