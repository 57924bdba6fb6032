"""desktop.window."""
