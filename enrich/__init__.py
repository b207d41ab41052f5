"""Firmographic enrichment: crawl company websites politely and safely, keep company facts only.

Extraction (`enrich.extract`) is pure and has no Scrapy import; the crawl (`enrich.crawl`) runs
Scrapy in its own process because the Twisted reactor cannot restart.
"""
