"""comparer.plans."""
