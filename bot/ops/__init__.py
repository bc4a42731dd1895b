"""Running the assistant as a service: what it counts, what it keeps, and how it reports.

Nothing here knows about Telegram, and the core never imports it.

- ``scrub``: takes phone numbers, e-mail addresses, postcodes, @handles, links and long
  numbers out of a question before it is kept
- ``store``: the questions people chose to share, scrubbed, dated (no time), in a local
  SQLite file, kept at most 90 days
- ``grouping``: shared questions grouped by similarity for curators (``main.py unanswered``)
- ``metrics``: Prometheus counters and histograms; labels hold only content ids and kinds
- ``server``: ``/metrics``, ``/healthz`` and ``/readyz`` over HTTP
- ``stats``: feedback and fallback figures read from a running bot (``main.py stats``)
"""
