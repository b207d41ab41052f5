"""The HTML report: one self-contained page of charts, each with its numbers in a table."""
