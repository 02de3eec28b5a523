"""Claimdesk: turn source documents into trustworthy, traceable data."""

__version__ = "0.1.0"
