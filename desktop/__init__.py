"""CaseDesk (社工个案桌面): the offline case, group and archive desk for township social workers."""

__version__ = "0.1.0"
