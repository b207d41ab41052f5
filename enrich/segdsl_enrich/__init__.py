"""Firmographic enrichment: crawl company websites politely and safely, keep company facts only.

Extraction (`segdsl_enrich.extract`) is pure and has no Scrapy import; the crawl (`segdsl_enrich.crawl`) runs
Scrapy in its own process because the Twisted reactor cannot restart.
"""
