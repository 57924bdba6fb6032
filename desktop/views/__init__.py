"""desktop.views."""
