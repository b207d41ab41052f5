"""Scrapy settings for the enrichment crawl. Every value is set on purpose; see the comments."""

from __future__ import annotations

from typing import Any

from segdsl_enrich.job import Job

USER_AGENT = "segdsl-enrich/0.1 (+https://github.com/segdsl/segdsl; company-facts crawler)"


def crawl_settings(job: Job) -> dict[str, Any]:
    settings: dict[str, Any] = {
        # Identify ourselves, and honour robots.txt (our per-scheme middleware, see segdsl_enrich.robots).
        "USER_AGENT": USER_AGENT,
        "ROBOTSTXT_OBEY": True,
        # Politeness: one request at a time per site (a slot per registrable domain, see
        # segdsl_enrich.politeness), spaced by at least DOWNLOAD_DELAY and more if the site is slow.
        "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
        "DOWNLOAD_DELAY": job.delay,
        "AUTOTHROTTLE_ENABLED": True,
        "AUTOTHROTTLE_START_DELAY": job.delay,
        "AUTOTHROTTLE_MAX_DELAY": 10.0,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
        # Throughput comes from many sites at once, not from hammering one.
        "CONCURRENT_REQUESTS": job.concurrency,
        "REACTOR_THREADPOOL_MAXSIZE": 32,  # DNS lookups run in threads
        "SCHEDULER_PRIORITY_QUEUE": "scrapy.pqueues.DownloaderAwarePriorityQueue",
        # Scrapy starts CONCURRENT_ITEMS asyncio workers for each callback's output; our callbacks
        # yield a few requests and no items, and the default 100 workers cost a third of the CPU.
        "CONCURRENT_ITEMS": 1,
        # Scrapy parses a generator callback's source for a `return value` on every call (its cache
        # is keyed on bound methods, made anew each time): 2-3% of the CPU, for a warning about a
        # mistake in spider code, not in the sites crawled.
        "WARN_ON_GENERATOR_RETURN_VALUE": False,
        "DOWNLOADER_STATS": False,  # per-request counters nobody reads
        # Bounded cost per page: time, size, retries, redirects.
        "DOWNLOAD_TIMEOUT": job.timeout,  # covers name resolution, connection and body
        "DOWNLOAD_MAXSIZE": job.max_bytes,
        "DOWNLOAD_WARNSIZE": 0,
        "RETRY_ENABLED": True,
        "RETRY_TIMES": 1,
        "RETRY_HTTP_CODES": [502, 503, 504, 408, 429],  # transient only: a 500 or 404 will not change
        # Transient network failures only: a name that does not resolve (or that the SSRF guard
        # refused) will not resolve a second later either.
        "RETRY_EXCEPTIONS": [
            "scrapy.exceptions.DownloadConnectionRefusedError",
            "scrapy.exceptions.DownloadFailedError",
            "scrapy.exceptions.DownloadTimeoutError",
            "scrapy.exceptions.ResponseDataLossError",
            "twisted.internet.error.ConnectionDone",
            "twisted.internet.error.ConnectError",
            "twisted.internet.error.ConnectionLost",
        ],
        "REDIRECT_MAX_TIMES": 5,
        # Stateless and private: no cookies, no referer leaking between sites.
        "COOKIES_ENABLED": False,
        "REFERER_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        # Certificates are not verified (Scrapy's default, stated on purpose): we read public facts,
        # and a company whose certificate has lapsed still has a website worth reading.
        "DOWNLOAD_VERIFY_CERTIFICATES": False,
        # Only http/https can be fetched at all.
        "DOWNLOAD_HANDLERS": {"file": None, "s3": None, "ftp": None, "data": None},
        # No proxy from the environment: a proxy resolves names itself, out of the SSRF guard's reach.
        "HTTPPROXY_ENABLED": False,
        # SSRF guard: at DNS resolution and before each request (incl. redirects).
        # TWISTED_DNS_RESOLVER is Scrapy 2.19's name for the older DNS_RESOLVER setting.
        "TWISTED_DNS_RESOLVER": "segdsl_enrich.guard.GuardedResolver",
        "ENRICH_RESOLVE": {host: list(target) for host, target in job.resolve.items()},
        "DOWNLOADER_MIDDLEWARES": {
            "segdsl_enrich.guard.GuardMiddleware": 50,  # before robots.txt, so unsafe hosts are never asked
            "segdsl_enrich.politeness.SlotPerSiteMiddleware": 60,  # politeness slot per site, also after redirects
            "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
            "segdsl_enrich.robots.RobotsMiddleware": 100,
            "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,  # redirects may change site
        },
        "LOG_LEVEL": "ERROR",
        "LOG_ENABLED": True,
    }
    if job.cache_dir:
        # Re-runs during development hit the disk instead of the sites.
        settings.update({"HTTPCACHE_ENABLED": True, "HTTPCACHE_DIR": job.cache_dir,
                         "HTTPCACHE_EXPIRATION_SECS": 7 * 24 * 3600, "HTTPCACHE_IGNORE_HTTP_CODES": [500, 502, 503, 504]})
    return settings
