"""comparer.text."""
