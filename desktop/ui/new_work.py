"""Starting work from the main window: a new service record, a new form for a case or a group, a new group
or activity, printing one's month and checking a paper copy. What the dialogs offer is read on the worker
before they open; the new record is made there too, and its window opens when it is ready."""

from __future__ import annotations

from calendar import monthrange
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from desktop.forms.schema import FormScope
from desktop.ui.messages import show_failure
from desktop.ui.ops import Changes
from desktop.ui.pdf_preview import print_and_preview

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class NewWork(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.desk = window.desk

    def _make_record(self, form_id: str, scope: dict[str, Any]) -> None:
        desk = self.desk
        self.window.ops.run(
            lambda: desk.new_record(form_id, **scope).id,
            label=self.tr("Making the form…"),
            changes=Changes.RECORDS,
            on_done=self.window.open_record,
        )

    def new_service_record(self) -> None:
        """Records that are neither a case's nor a group's: visits, elders' files, supervision, volunteers,
        trainings, complaints, rosters, mutual-aid organisations, household profiles."""
        desk = self.desk
        self.window.ops.run(
            lambda: (desk.households(), [a for a in desk.accounts() if a.active]),
            label=self.tr("Opening…"),
            on_done=lambda found: self._ask_service_record(*found),
        )

    def _ask_service_record(self, households: list[Any], staff: list[Any]) -> None:
        lang, dialogs, desk = self.window.lang, self.window.dialogs, self.desk
        forms = [f for f in desk.registry if f.scope.value in ("client", "household", "standalone")]
        labels = [f.title.get(lang) for f in forms]
        choice = dialogs.choose(self.tr("New service record"), self.tr("Which record?"), labels)
        if choice is None:
            return
        form = forms[labels.index(choice)]
        scope: dict[str, Any] = {}
        if form.scope.value == "client":
            picked = dialogs.find(
                self.tr("New service record"),
                self.tr("For which client? Type a name, pinyin initials, phone or ID number:"),
                lambda text: [(f"{c.name}　{c.birth_date or ''}", c.id) for c in desk.clients(text, limit=50)],
            )  # searched on the dialog's worker as one types
            if picked is None:
                return
            scope["client_id"] = picked
        elif form.scope.value == "household":
            names = [h.name for h in households]
            picked = dialogs.choose(self.tr("New service record"), self.tr("For which household?"), names)
            if picked is None:
                return
            scope["household_id"] = households[names.index(picked)].id
        if form.role == "complaint":
            names = [self.tr("Nobody in particular")] + [a.display_name for a in staff]
            whom = self.tr("Whom does it concern? (they will not see it)")
            picked = dialogs.choose(self.tr("Complaint"), whom, names)
            if picked is None:
                return
            if picked != names[0]:
                scope["hidden_from"] = staff[names.index(picked) - 1].id
        self._make_record(form.id, scope)

    def new_record_for(self, scope: str, item_id: Any) -> None:
        lang, dialogs = self.window.lang, self.window.dialogs
        if item_id is None:
            dialogs.info(self.tr("New form"), self.tr("Select a case or a group first."))
            return
        forms = [f for f in self.desk.registry if f.scope == FormScope(scope)]
        labels = [f"{f.title.get(lang)}（{f.paper_code or f.id}）" for f in forms]
        choice = dialogs.choose(self.tr("New form"), self.tr("Which form?"), labels)
        if choice is None:
            return
        self._make_record(forms[labels.index(choice)].id, {f"{scope}_id": item_id})

    def start_group(self) -> None:
        """A new group or activity, then its plan opened to fill in."""
        desk = self.desk
        self.window.ops.run(lambda: desk.my_projects(), label=self.tr("Opening…"), on_done=self._ask_group)

    def _ask_group(self, projects: list[Any]) -> None:
        from desktop.ui.pages.new_group import NewGroupDialog

        dialogs = self.window.dialogs
        if not projects:
            dialogs.error(
                self.tr("Not done"),
                self.tr(
                    "No service project is open to you yet: the agency head adds one, or puts you on one, in "
                    "Agency management."
                ),
            )
            return
        dialog = NewGroupDialog(self.desk.registry, projects, self.window.lang, self.window)
        if not dialogs.run(dialog):
            return
        values, start = dialog.values(), self.desk.start_group
        self.window.ops.run(
            lambda: start(**values).id,
            label=self.tr("Making the group…"),
            changes=Changes.GROUPS | Changes.RECORDS,
            on_done=self.window.open_record,
        )

    def verify_paper(self, text: str) -> None:
        """A QR scanner types the code's text into the field; the domain says what the paper is."""
        lang, dialogs, desk = self.window.lang, self.window.dialogs, self.desk

        def show(result: Any) -> None:
            message = result.message_en if lang == "en" else result.message_zh
            if result.number:
                message += f"\n{result.number}"
            (dialogs.info if result.matches else dialogs.error)(self.tr("Check the paper copy"), message)

        self.window.ops.run(lambda: desk.verify(text), label=self.tr("Checking…"), on_done=show)

    def print_blank(self) -> None:
        """Any form of the agency's, empty, to fill by hand (a home visit without the laptop): chosen by its
        title, made off the UI thread and previewed for printing."""
        window, desk = self.window, self.desk
        forms = sorted(desk.registry, key=lambda f: f.title.get(window.lang))
        titles = [f.title.get(window.lang) for f in forms]
        chosen = window.dialogs.choose(self.tr("Print a blank form"), self.tr("Which form?"), titles)
        if chosen is None:
            return
        form = forms[titles.index(chosen)]
        print_and_preview(
            window,
            window.ops,
            window.dialogs,
            lambda: desk.print_blank(form.id, desk.preview_file(f"blank-{form.id}.pdf")),  # gone at sign-out
            self.tr("Preparing the blank form…"),
            lambda exc: show_failure(window.dialogs, exc, window.lang),
        )

    def print_month(self) -> None:
        """Every form of mine dated this month, in one PDF, off the UI thread with progress and cancel."""
        desk = self.desk
        today = desk.today()
        first, last = today.replace(day=1), today.replace(day=monthrange(today.year, today.month)[1])
        self.window.ops.run(
            lambda: desk.my_records_dated(first, last), label=self.tr("Finding your forms…"), on_done=self._print
        )

    def _print(self, ids: list[Any]) -> None:
        from desktop.ui.batch_print import BatchPrintWindow

        window, desk = self.window, self.desk
        if not ids:
            window.dialogs.info(self.tr("Print"), self.tr("No forms of yours are dated this month."))
            return
        today = desk.today()
        out = desk.preview_file(f"month-{today:%Y%m}-{desk.account.username}.pdf")  # a path; gone at sign-out
        window.batch_window = BatchPrintWindow(desk, window.ops, window.dialogs, ids, out, window.lang)
        window.batch_window.show()
