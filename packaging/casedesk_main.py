"""The packaged app's entry point: the window, or the `casedesk` command when arguments are given."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
