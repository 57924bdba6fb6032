"""Bundle entry point for the command line (PyInstaller needs a script, not a console_scripts name)."""

import sys

from comparer.cli import main

sys.exit(main())
