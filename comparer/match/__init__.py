"""comparer.match."""
