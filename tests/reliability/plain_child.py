"""Child process for the temporary-plaintext test: signs in, opens an attachment in "another program" (its plain
copy) and previews a form as a PDF, as the window does, prints the two paths, then waits to be killed.

    python -m tests.reliability.plain_child WORKSPACE USER PASSWORD ATTACHMENT_ID RECORD_ID
"""

from __future__ import annotations

import sys
import time
import uuid
from pathlib import Path

from desktop.workspace import open_desk


def main(root: str, user: str, password: str, attachment_id: str, record_id: str) -> None:
    desk = open_desk(Path(root), user, password)
    attachment = next(a for a in desk.attachments() if a.id == uuid.UUID(attachment_id))
    copy = desk.plain_copy(attachment)  # what RecordWindow hands to the image viewer
    preview = desk.print_record(uuid.UUID(record_id), desk.preview_file(f"preview-{record_id}.pdf"))
    print(copy, flush=True)
    print(preview, flush=True)
    while True:  # still open in the viewer when the process is killed
        time.sleep(0.1)


if __name__ == "__main__":
    main(*sys.argv[1:6])
