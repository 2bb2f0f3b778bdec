"""``python -m desktop.cli``: the ``casedesk`` command."""

import sys

from desktop.cli import main

sys.exit(main())
