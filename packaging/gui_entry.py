"""Bundle entry point for the window (PyInstaller needs a script, not a console_scripts name)."""

import sys

from desktop.app import main

sys.exit(main())
