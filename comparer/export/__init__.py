"""comparer.export."""
