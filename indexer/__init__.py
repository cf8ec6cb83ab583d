"""wire: parse, index and search archives of news wire stories."""
__version__ = "0.1.0"
