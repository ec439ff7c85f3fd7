"""milcoop: a knowledge graph of international military cooperation as linked data."""

__version__ = "0.1.0"
