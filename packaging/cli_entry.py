"""Bundle entry point for the command line (PyInstaller needs a script, not a console_scripts name)."""

import multiprocessing
import sys

# First of all: in a worker process the engine starts (comparer.workers), this runs the worker
# and exits instead of opening a second window or CLI.
multiprocessing.freeze_support()

from comparer.cli import main  # noqa: E402

sys.exit(main())
