"""plancompare engine: read local implementation plans and compare them with a reference."""

__version__ = "0.1.0"
