"""The right pane: the original PDF page of the selected item, rendered by QtPdf.

Only a file that the sandboxed parser already read successfully is handed to QPdfDocument,
so a hostile PDF never reaches the in-process renderer before it passed the sandbox.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

ZOOM_STEP = 1.2
MIN_ZOOM = 0.25
MAX_ZOOM = 6.0


class PageView(QWidget):
    """A small toolbar (page back/forward, zoom) above a QPdfView in multi-page mode.

    A jump to a page holds that page until the user scrolls: every later change of the page
    layout (first show, fit-to-width on resize, zoom) scrolls it back to the page's top, however
    late the change comes. Scrolling by hand makes the page then in view the one held.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = QPdfDocument(self)
        self._path: Path | None = None
        self._target_page = 0  # the page to keep at the top while the layout changes (0: none)
        self.view = QPdfView(self)
        self.view.setDocument(self._document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self._prev = QToolButton(self)
        self._prev.setArrowType(Qt.ArrowType.UpArrow)
        self._prev.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self._next = QToolButton(self)
        self._next.setArrowType(Qt.ArrowType.DownArrow)
        self._next.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self._page_label = QLabel(self)
        self._zoom_out = QToolButton(self)
        self._zoom_out.setText("\u2212")
        self._zoom_out.clicked.connect(self.zoom_out)
        self._zoom_in = QToolButton(self)
        self._zoom_in.setText("+")
        self._zoom_in.clicked.connect(self.zoom_in)
        self._fit = QToolButton(self)
        self._fit.clicked.connect(self.fit_width)

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        for widget in (self._prev, self._next, self._page_label):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self._zoom_out, self._zoom_in, self._fit):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        self.view.pageNavigator().currentPageChanged.connect(self._update_page_label)
        self.view.verticalScrollBar().rangeChanged.connect(self._on_scroll_range_changed)
        self.view.verticalScrollBar().actionTriggered.connect(self._on_user_scroll)
        self._document.pageCountChanged.connect(self._update_page_label)
        self.retranslate()

    # --- document -----------------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        return self._path

    def set_pdf(self, path: Path | None) -> bool:
        """Show ``path`` (None clears); False when QtPdf cannot open it."""
        if path == self._path and path is not None:
            return True
        self._document.close()
        self._path = None
        self._target_page = 0
        if path is not None:
            if self._document.load(str(path)) != QPdfDocument.Error.None_:
                self._document.close()
                self._update_page_label()
                return False
            self._path = path
        self._update_page_label()
        return True

    def show_pages_of(self, pdf: Path | None, wanted: bool) -> None:
        """Show ``pdf``'s pages when the user wants the page view; without a PDF, forget the last one."""
        if pdf is not None and wanted:
            self.set_pdf(pdf)
            self.show()
            return
        self.hide()
        if pdf is None:
            self.set_pdf(None)

    def page_count(self) -> int:
        return self._document.pageCount()

    def current_page(self) -> int:
        """1-based, as pages are everywhere else in minutesapp."""
        return self.view.pageNavigator().currentPage() + 1

    def go_to_page(self, page: int) -> None:
        """Show the top of ``page``; again once the view has laid out (sizes change on show)."""
        if self.page_count() == 0:
            return
        page = max(1, min(page, self.page_count()))
        self._target_page = page
        self._jump(page)
        QTimer.singleShot(0, lambda: self._jump(self._target_page))

    def _jump(self, page: int) -> None:
        """Scroll the top of ``page`` to the top of the view.

        QPdfView's own ``pageNavigator().jump`` lands some pixels short per preceding page in
        fit-to-width mode (it sizes pages for a width without the scroll bar), so we compute the
        page's position from the scroll range the view actually laid out.
        """
        count = self.page_count()
        if not 0 < page <= count:
            return
        bar = self.view.verticalScrollBar()
        heights = [self._document.pagePointSize(i).height() for i in range(count)]
        margins = self.view.documentMargins()
        spacing = self.view.pageSpacing()
        content = bar.maximum() + bar.pageStep() - margins.top() - margins.bottom() - spacing * (count - 1)
        if content <= 0 or sum(heights) <= 0:
            self.view.pageNavigator().jump(page - 1, QPointF(0, 0), self.view.zoomFactor())
            return
        scale = content / sum(heights)
        top = margins.top() + sum(h * scale + spacing for h in heights[: page - 1])
        bar.setValue(round(top))

    def _on_scroll_range_changed(self) -> None:
        """The page layout changed (first show, fit-to-width): stay on the page asked for."""
        if self._target_page:
            self._jump(self._target_page)

    def _on_user_scroll(self, _action: int) -> None:
        """Wheel, keys or the scroll bar (never our own ``setValue``): let go of the jumped-to page,
        and hold the one the user lands on (the bar moves only after this signal)."""
        if self._target_page:
            self._target_page = 0
            QTimer.singleShot(0, self._hold_current_page)

    def _hold_current_page(self) -> None:
        if not self._target_page and self.page_count():
            self._target_page = self.current_page()

    @property
    def held_page(self) -> int:
        """The page kept at the top when the layout changes (0: none, nothing jumped to yet)."""
        return self._target_page

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._target_page:  # fit-to-width changes every page's height: keep the page in view
            QTimer.singleShot(0, lambda: self._jump(self._target_page))

    # --- zoom ---------------------------------------------------------------------------

    def zoom_factor(self) -> float:
        return self.view.zoomFactor()

    def _effective_zoom(self) -> float:
        """The factor FitToWidth currently shows, so zooming starts from what one sees."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.page_count() == 0:
            return self.view.zoomFactor()
        points = self._document.pagePointSize(max(0, self.current_page() - 1))
        if points.width() <= 0:
            return 1.0
        pixels_per_point = self.logicalDpiX() / 72.0
        margins = self.view.documentMargins()
        usable = self.view.viewport().width() - margins.left() - margins.right()
        return max(MIN_ZOOM, usable / (points.width() * pixels_per_point))

    def _set_zoom(self, factor: float) -> None:
        page = self.current_page()  # what the user looks at now
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(MIN_ZOOM, min(MAX_ZOOM, factor)))
        self.go_to_page(page)

    def zoom_in(self) -> None:
        self._set_zoom(self._effective_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self._effective_zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        page = self.current_page()
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.go_to_page(page)

    # --- texts --------------------------------------------------------------------------

    def _update_page_label(self) -> None:
        count = self.page_count()
        if count == 0:
            self._page_label.setText(self.tr("No page"))
        else:
            self._page_label.setText(self.tr("Page %1 of %2").replace("%1", str(self.current_page())).replace("%2", str(count)))
        self._prev.setEnabled(count > 0 and self.current_page() > 1)
        self._next.setEnabled(count > 0 and self.current_page() < count)

    def retranslate(self) -> None:
        self._prev.setToolTip(self.tr("Previous page"))
        self._prev.setAccessibleName(self.tr("Previous page"))
        self._next.setToolTip(self.tr("Next page"))
        self._next.setAccessibleName(self.tr("Next page"))
        self._zoom_out.setToolTip(self.tr("Zoom out the page"))
        self._zoom_out.setAccessibleName(self.tr("Zoom out the page"))
        self._zoom_in.setToolTip(self.tr("Zoom in the page"))
        self._zoom_in.setAccessibleName(self.tr("Zoom in the page"))
        self._fit.setText(self.tr("Fit width"))
        self.view.setAccessibleName(self.tr("Original page"))
        self._update_page_label()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
