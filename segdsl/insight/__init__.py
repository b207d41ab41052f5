"""Outcomes of segments: measures (KPIs), overlap, homogeneity, history, goals and experiments."""
