"""Exports: segment members sent to files, CRM import files, ad-platform customer lists and
database tables (README "Exports"). `formats` is light (the checker reads it); the rest loads
only when `segdsl export` runs."""
