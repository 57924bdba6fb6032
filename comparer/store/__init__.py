"""comparer.store."""
