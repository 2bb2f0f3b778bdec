"""Languages of the window: Simplified Chinese by default (our .qm plus Qt's own for standard
buttons), English selectable at run time. Source strings are English; zh_CN lives in
resources/i18n/casedesk_zh_CN.ts (compiled to .qm)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from desktop.paths import RESOURCES_DIR

I18N_DIR = RESOURCES_DIR / "i18n"
LANGUAGES = {"zh": "简体中文", "en": "English"}

_installed: list[QTranslator] = []


def install_language(lang: str) -> str:
    """Install the translators for ``lang`` ("zh" or "en"); returns the language in force."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang != "zh":
        return "en"
    ours = QTranslator()
    if not ours.load(str(I18N_DIR / "casedesk_zh_CN.qm")):
        raise RuntimeError(f"cannot load {I18N_DIR / 'casedesk_zh_CN.qm'}")
    qt = QTranslator()
    if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
        app.installTranslator(qt)
    _installed.append(ours)
    app.installTranslator(ours)
    return "zh"


def current_language() -> str:
    """The language installed now (for a widget that is not told it, such as a small dialog)."""
    return "zh" if _installed else "en"
