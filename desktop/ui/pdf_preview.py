"""Preview of the very PDF ReportLab made (pages rasterised by PDFium), and printing those same
pages: never a second layout that could drift from the paper."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktop.ui.dialogs import Dialogs
from desktop.ui.ops import Ops


def page_images(pdf: Path, dpi: float = 96) -> list[QImage]:
    import pypdfium2 as pdfium  # loaded with the first preview, not with the window

    document = pdfium.PdfDocument(str(pdf))
    try:
        images = []
        for page in document:
            bitmap = page.render(scale=dpi / 72).to_pil().convert("RGB")
            data = bitmap.tobytes("raw", "RGB")
            images.append(
                QImage(data, bitmap.width, bitmap.height, bitmap.width * 3, QImage.Format.Format_RGB888).copy()
            )
        return images
    finally:
        document.close()


class PdfPreview(QWidget):
    def __init__(self, pdf: Path, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.pdf, self.dialogs = pdf, dialogs
        self.setWindowTitle(f"{pdf.name} — CaseDesk")
        self.resize(860, 1000)
        self.pages = page_images(pdf)
        body = QWidget(self)
        column = QVBoxLayout(body)
        for image in self.pages:
            label = QLabel(body)
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("border: 1px solid #999; background: white;")
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        self.info = QLabel(self.tr("%1 pages").replace("%1", str(len(self.pages))), self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(lambda: self.dialogs.print_pdf(self.pdf))
        top = QHBoxLayout()
        top.addWidget(self.info, 1)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)


def print_and_preview(
    owner: QWidget,
    ops: Ops,
    dialogs: Dialogs,
    make: Callable[[], Path],
    label: str,
    on_error: Callable[[Exception], None],
) -> None:
    """Make a PDF off the UI thread (``make`` returns its path), then preview it for printing."""

    def show(path: Path) -> None:
        owner.preview_window = PdfPreview(path, dialogs)  # type: ignore[attr-defined]
        owner.preview_window.show()  # type: ignore[attr-defined]

    ops.run(make, label=label, on_done=show, on_error=on_error)
