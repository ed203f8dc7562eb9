"""casualties: reported casualty figures from news text, as a queryable, versioned database."""

__version__ = "0.1.0"
