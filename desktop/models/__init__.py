"""desktop.models."""
