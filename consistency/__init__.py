"""consistency: find what a company tells its customers inconsistently."""

__version__ = "0.1.0"
