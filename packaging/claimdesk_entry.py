"""Entry point of the frozen (PyInstaller) Claimdesk: the same `claimdesk` command.

`multiprocessing.freeze_support()` must run first: the document importers start a
helper process with the 'spawn' method (app/core/importers/safety.py), and in a
frozen app that child is this same executable started with `--multiprocessing-fork`;
freeze_support() turns it into the helper instead of a second Claimdesk.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()

    from app.cli import main

    sys.exit(main())
