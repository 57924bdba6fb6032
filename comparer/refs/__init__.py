"""comparer.refs."""
